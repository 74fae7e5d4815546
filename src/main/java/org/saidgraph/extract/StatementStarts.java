package org.saidgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a reported statement begins: after the sieves, beside the end cuts of {@link ReportedSpanBounds}, an ordered
 * list of named steps may move the start of a reported (not verbatim) statement that is a noun phrase or a topic
 * forward, and each step
 * that moves it records its name in {@link Found#trimmedBy}. A sieve that reads the object or topic of a speech verb
 * keeps what stands before the thing said: the preposition of a topic ("spoke [about] the new tax"), or the noun of
 * a feeling or view whose topic is what was said ("expressed [deep concern about] the timetable"). PolNeAR's annotators
 * start the content at the topic. Which words are such heads is data ({@code statement-starts.tsv}), counted on
 * PolNeAR train. A step never moves a start inside a quotation, past a clause, or past the end.
 */
final class StatementStarts {

    /** A named step: where {@code f}, whose first word is token {@code first}, begins, or -1 when it does not apply. */
    interface Step {
        String name();

        int start(Draft draft, Found f, int first);

        /** Whether the step reads statements of {@code f}'s rule: by default the noun-phrase and topic rules. */
        default boolean reads(Found f) {
            return PHRASE_RULES.contains(f.rule);
        }
    }

    /** The steps, in the order they run. */
    static final List<Step> STEPS = List.of(new HeadBeforeTopic(), new LeadingPreposition(), new TopicAfterAbout());

    /**
     * The rules whose statements are a noun phrase or a topic, read after the speech verb. A clause may begin with a
     * preposition of its own ("At the time, she said, …"; "for nominating a candidate who …"), which PolNeAR keeps.
     */
    private static final Set<String> PHRASE_RULES = Set.of("verb-object", NameObject.RULE, PronounObject.RULE,
            "pattern-verb", "object-noun", "object-topic", "asked-topic");
    private static final Set<String> PREPOSITIONS = new HashSet<>();
    private static final Map<String, Set<String>> HEADS = new HashMap<>();

    static {
        for (String[] row : Gazetteer.rows("/extract/statement-starts.tsv")) {
            String word = Gazetteer.col(row, 1).strip().toLowerCase(Locale.ROOT);
            switch (row[0]) {
                case "preposition" -> PREPOSITIONS.add(word);
                case "head" -> HEADS.put(word, Set.copyOf(Gazetteer.split(Gazetteer.col(row, 2), ",")));
                default -> throw new IllegalStateException("statement-starts.tsv: unknown kind " + row[0]);
            }
        }
    }

    private StatementStarts() {
    }

    /** Moves the start of each reported statement of {@code statements} where the steps say, recording which did. */
    static void apply(Draft draft, List<Found> statements) {
        for (Found f : statements) {
            if (f.verbatim || f.quoteOnly || f.parts.size() > 1) {
                continue;
            }
            for (Step step : STEPS) {
                if (!step.reads(f)) {
                    continue;
                }
                int first = first(draft, f);
                int start = first < 0 ? -1 : step.start(draft, f, first);
                if (start > f.start && start < f.end && StatementFeatures.words(draft.text, start, f.end) >= 1) {
                    f.moveStart(start, step.name());
                }
            }
        }
    }

    /** The first token of {@code f}, or -1 when its first word is not parsed or lies inside a quotation. */
    private static int first(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int t = a.tokenAt(f.start);
        if (t < 0 || a.token(t).start() != f.start || draft.resolver.insideQuote(f.start)) {
            return -1;
        }
        return t;
    }

    /** The start of the token after {@code preposition}, when a noun phrase (not a clause) follows it, or -1. */
    private static int after(Draft draft, Found f, int preposition) {
        Analysis a = draft.analysis;
        int next = preposition + 1;
        if (next >= a.tokens().size() || a.token(next).start() >= f.end
                || a.sentenceOf(next) != a.sentenceOf(preposition)) {
            return -1;
        }
        String tag = a.token(next).tag();
        if (tag.startsWith("W") || tag.equals("IN") || tag.equals("``") || tag.equals("''")) {
            return -1; // "about how it works", "about whether …": a clause; a quotation stays whole
        }
        return a.token(next).start();
    }

    /**
     * Step {@code leading-preposition}: a statement that begins with the preposition of its topic ("[about] the
     * debate", "[against] the trade deal", what a pattern reading of "spoke about …" keeps) begins after it; so does
     * one that begins with an adverb of the speaking before it ("[favorably of] the plan").
     */
    static final class LeadingPreposition implements Step {

        @Override
        public String name() {
            return "leading-preposition";
        }

        @Override
        public int start(Draft draft, Found f, int first) {
            Analysis a = draft.analysis;
            int t = first;
            if ((a.token(t).tag().startsWith("RB") || a.token(t).tag().equals("RP")) && t + 1 < a.tokens().size()
                    && a.sentenceOf(t + 1) == a.sentenceOf(t)) {
                t++; // "spoke favorably of …"; the particle of "lashed out at …"
            }
            return PREPOSITIONS.contains(a.token(t).word().toLowerCase(Locale.ROOT)) ? after(draft, f, t) : -1;
        }
    }

    /**
     * Step {@code head-before-topic}: a statement that is one noun phrase headed by a noun of the data file, with
     * that noun's topic after its preposition ("[deep concern about] the policy", "[his thoughts on] the ruling"),
     * begins at the topic: the feeling or view is how the reporter names the act, the topic what was said. The parse
     * must make the phrase after the preposition hang on that noun, and the noun stand within the first few words.
     */
    static final class HeadBeforeTopic implements Step {

        /** At most this many words before the head noun: "his deep concern", "their thoughts". */
        private static final int MAX_BEFORE = 3;

        @Override
        public String name() {
            return "head-before-topic";
        }

        @Override
        public int start(Draft draft, Found f, int t) {
            Analysis a = draft.analysis;
            for (int h = t; h <= t + MAX_BEFORE && h + 1 < a.tokens().size() && a.token(h).end() < f.end; h++) {
                String tag = a.token(h).tag();
                if (!a.parsed(h) || a.sentenceOf(h) != a.sentenceOf(t)) {
                    return -1;
                }
                Set<String> prepositions = tag.startsWith("NN") ? HEADS.get(a.token(h).word().toLowerCase(Locale.ROOT))
                        : null;
                String next = a.token(h + 1).word().toLowerCase(Locale.ROOT);
                if (prepositions != null && prepositions.contains(next) && a.head(h + 1) >= 0
                        && a.head(a.head(h + 1)) == h) {
                    return after(draft, f, h + 1);
                }
                if (!Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "RB", "NN", "NNS", "POS").contains(tag)) {
                    return -1;
                }
            }
            return -1;
        }
    }
}

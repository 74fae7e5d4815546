package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a reported statement begins when it opens with words of its cue, not of what was said: after
 * {@link StatementStarts}, an ordered list of named steps may move the start of a reported (not verbatim) statement
 * read after its speech verb forward to the clause or topic that was said, and each step that moves it records its
 * name in {@link Found#trimmedBy}. The words passed over belong to the attribution as PolNeAR's annotators mark it:
 * the hearer of a telling ("told [the lunch group] that …"), the amount of a saying ("said [little about] the plan"),
 * the stance a verb takes towards a clause ("expressed [doubt] that …"). The parse decides each: the words passed
 * over hang on the cue, and what follows them is a clause or a noun phrase the cue governs through them. A step never
 * moves a start inside a quotation, across a sentence, or to leave fewer than two words.
 */
final class ClauseStarts {

    /** A named step: where {@code f}, whose first word is token {@code first} and cue token {@code cue}, begins, or -1. */
    interface Step {
        String name();

        int start(Draft draft, Found f, int first, int cue);
    }

    /** The steps, in the order they run. */
    static final List<Step> STEPS = List.of(new HearerBeforeClause(), new AmountBeforeTopic(),
            new StanceBeforeClause(), new OnlyBeforeClause(), new PrepositionBeforeQuestion());

    /** The rules whose statements are read after their speech verb, from its object or complement. */
    private static final Set<String> RULES = Set.of("verb-complement", "verb-object", NameObject.RULE,
            PronounObject.RULE, "pattern-verb");

    private ClauseStarts() {
    }

    /** Moves the start of each reported statement of {@code statements} where the steps say, recording which did. */
    static void apply(Draft draft, List<Found> statements) {
        Analysis a = draft.analysis;
        for (Found f : statements) {
            if (f.verbatim || f.quoteOnly || f.parts.size() > 1 || !RULES.contains(f.rule) || f.cue < 0
                    || f.cue >= f.start) {
                continue;
            }
            int cue = a.tokenAt(f.cue);
            for (Step step : STEPS) {
                int first = a.tokenAt(f.start);
                if (cue < 0 || first < 0 || !a.parsed(cue) || !a.parsed(first) || a.token(first).start() != f.start
                        || a.sentenceOf(first) != a.sentenceOf(cue) || draft.resolver.insideQuote(f.start)) {
                    break;
                }
                int start = step.start(draft, f, first, cue);
                if (start > f.start && start < f.end && !draft.resolver.insideQuote(start)
                        && a.sentenceOf(a.tokenAt(start)) == a.sentenceOf(first)
                        && StatementFeatures.words(draft.text, start, f.end) >= 2) {
                    f.moveStart(start, step.name());
                }
            }
        }
    }

    /**
     * The dependent of {@code cue} on which {@code token} hangs through words of the statement (from token
     * {@code from} on), or -1 when it hangs on something else.
     */
    static int dependentOf(Analysis a, int token, int from, int cue) {
        int t = token;
        for (int guard = 0; guard < 40 && t >= 0; guard++) {
            int h = a.head(t);
            if (h == cue) {
                return t;
            }
            if (h < from) {
                return -1;
            }
            t = h;
        }
        return -1;
    }

    /** The cue's object on which the statement's first word hangs, when it is one of {@code words}; else -1. */
    private static int objectIn(Analysis a, int first, int cue, Set<String> words) {
        int object = dependentOf(a, first, first, cue);
        return object >= 0 && "obj".equals(a.relation(object))
                && words.contains(a.token(object).word().toLowerCase(Locale.ROOT)) ? object : -1;
    }

    /**
     * Step {@code hearer-before-clause}: a statement of a verb of telling that opens with the one told, followed by
     * the clause that was told ("told [a lunch group of bankers] that the plan stands", "is telling [the diners at a
     * breakfast spot] how he saved the hotel"), begins at that clause: after its "that", at its wh-word ("how",
     * "why", "whether", "if", "what"), at its quotation after a comma, or at its first word when it has no "that"
     * ("told [a coworker] he was fixing mistakes", session 34). The hearer is the cue's object and the first
     * one it has, and not a noun of speech ("told [stories]" names what was told); between its phrase and the clause only words of where and when the telling was may stand ("told
     * [customers at a breakfast spot] that …"). The parse may make the "that" a determiner hanging on the clause; a
     * wh-clause must hang on the cue itself. An infinitive after the hearer ("urged the board to …") is left to {@link EvidenceStarts}.
     */
    static final class HearerBeforeClause implements Step {

        private static final Set<String> WH = Set.of("how", "why", "whether", "if", "what");

        @Override
        public String name() {
            return "hearer-before-clause";
        }

        /** How the words between the hearer and the clause may hang on the cue: where and when it was told. */
        private static final Set<String> CIRCUMSTANCE = Set.of("obl", "obl:tmod", "obl:npmod", "advmod", "punct");

        @Override
        public int start(Draft draft, Found f, int first, int cue) {
            Analysis a = draft.analysis;
            SpeechLexicon.Verb verb = draft.lexicon.verb(a.token(cue).lemma());
            int hearer = dependentOf(a, first, first, cue);
            if (verb == null || !verb.hearer() || hearer < 0 || a.subtree(hearer)[0] != first
                    || !Set.of("obj", "iobj").contains(a.relation(hearer))
                    || draft.lexicon.speechNoun(a.token(hearer).word()) != null
                    || AddresseeAsContent.hearerBefore(a, cue, first)) {
                return -1;
            }
            for (int n = first + 1; n < a.tokens().size() && a.token(n).start() < f.end
                    && a.sentenceOf(n) == a.sentenceOf(first) && a.parsed(n); n++) {
                String w = a.token(n).word().toLowerCase(Locale.ROOT);
                int h = a.head(n);
                if (w.equals("that") && h > n && Set.of("mark", "dep").contains(a.relation(n))
                        && "ccomp".equals(a.relation(h))) {
                    return n + 1 < a.tokens().size() ? a.token(n + 1).start() : -1; // the parse may tag it WDT
                }
                if (WH.contains(w) && h > n && a.head(h) == cue || isQuoteMark(a.token(n).word()) && a.token(n - 1).word().equals(",")) {
                    return a.token(n).start();
                }
                int d = dependentOf(a, n, first, cue);
                if (d != hearer && d >= 0 && a.subtree(d)[0] == n && toldClause(a, d)) {
                    return a.token(n).start(); // "told the board he would resign": the clause without "that"
                }
                if (d != hearer && (d < 0 || !CIRCUMSTANCE.contains(a.relation(d)))) {
                    return -1; // a word that is neither the hearer's nor where or when the telling was
                }
            }
            return -1;
        }
    }

    /**
     * Whether the cue's dependent {@code d} is the clause told, with no "that": a clausal complement, or a verb with a
     * subject of its own that the parse hangs on the cue loosely ("told a coworker he was fixing mistakes").
     */
    private static boolean toldClause(Analysis a, int d) {
        String rel = a.relation(d);
        return "ccomp".equals(rel) || "dep".equals(rel) && a.token(d).isVerb() && !a.children(d, "nsubj").isEmpty();
    }

    /**
     * Step {@code amount-before-topic}: "said [little about] the plan", "disclose [more about] themselves", "has said
     * [almost nothing about] policy": the amount said is the cue's object and the topic, after "about", is what was
     * said. The amount word (a closed set) must head the statement's first phrase as the cue's object, and a noun
     * phrase, not a clause, follow "about".
     */
    static final class AmountBeforeTopic implements Step {

        private static final Set<String> AMOUNTS = Set.of("little", "nothing", "more", "much", "less", "something",
                "anything", "everything", "lot");

        @Override
        public String name() {
            return "amount-before-topic";
        }

        @Override
        public int start(Draft draft, Found f, int first, int cue) {
            Analysis a = draft.analysis;
            int amount = objectIn(a, first, cue, AMOUNTS);
            if (amount < 0) {
                return -1;
            }
            int about = amount + 1;
            if (about + 1 >= a.tokens().size() || !a.token(about).word().equalsIgnoreCase("about")
                    || a.token(about + 1).start() >= f.end || a.sentenceOf(about + 1) != a.sentenceOf(amount)) {
                return -1;
            }
            String tag = a.token(about + 1).tag();
            return tag.startsWith("W") || tag.equals("IN") || isQuoteMark(a.token(about + 1).word()) ? -1
                    : a.token(about + 1).start();
        }
    }

    /**
     * Step {@code stance-before-clause}: "expressed [doubt] that the test was real", "voiced [confidence] that the
     * bill would pass": a noun of the speaker's stance (data, {@code clause-starts.tsv}), the cue's object, whose
     * complement clause opens with "that", begins after the "that" (which {@link EvidenceStarts} puts back into the
     * evidence). A relative clause on the noun ("the assurance that won him a welcome") is not its complement and
     * is left alone.
     */
    static final class StanceBeforeClause implements Step {

        static final Set<String> NOUNS = Gazetteer.words("/extract/clause-starts.tsv", "stance");

        @Override
        public String name() {
            return "stance-before-clause";
        }

        @Override
        public int start(Draft draft, Found f, int first, int cue) {
            Analysis a = draft.analysis;
            int noun = objectIn(a, first, cue, NOUNS);
            if (noun < 0 || !a.token(noun).tag().startsWith("NN")) {
                return -1;
            }
            int that = noun + 1;
            if (that + 1 >= a.tokens().size() || !a.token(that).word().equalsIgnoreCase("that")
                    || !"mark".equals(a.relation(that))) {
                return -1;
            }
            int clause = a.head(that);
            return clause > that && a.head(clause) == noun
                    && ("acl".equals(a.relation(clause)) || "ccomp".equals(a.relation(clause)))
                    ? a.token(that + 1).start() : -1;
        }
    }

    private static boolean isQuoteMark(String word) {
        return word.equals("\"") || word.equals("``") || word.equals("''") || word.equals("\u201c")
                || word.equals("\u2018");
    }

    /**
     * Step {@code only-before-clause}: "saying only that members would decide", "said only that the talks went
     * well": "only" limits the saying, and what was said is the clause after its "that". On all 840 train the gold
     * began at the "that" in each of the 5 reported statements of ours that began "only that" (4 of them found
     * strictly after the step).
     */
    static final class OnlyBeforeClause implements Step {

        @Override
        public String name() {
            return "only-before-clause";
        }

        @Override
        public int start(Draft draft, Found f, int first, int cue) {
            Analysis a = draft.analysis;
            if (!a.token(first).word().equalsIgnoreCase("only") || first + 2 >= a.tokens().size()
                    || !a.token(first + 1).word().equalsIgnoreCase("that")) {
                return -1;
            }
            return a.token(first + 2).start(); // its evidence takes the "that" in (EvidenceStarts), as a stance's does
        }
    }

    /**
     * Step {@code preposition-before-question}: "talked [about] how the ferry lost money", "spoke [of] why the levy
     * failed": the parse makes the question clause a dependent of the cue with the cue's preposition as its mark, and
     * the statement keeps that preposition; PolNeAR's annotators begin the content at the question word (on all 840
     * train, in 19 of the 20 annotated uses of a speech verb's "about/of/on" before what, how, why, whether, where,
     * who or when). Only a preposition that hangs on the cue through the statement's words and a question word right
     * after it.
     */
    static final class PrepositionBeforeQuestion implements Step {

        private static final Set<String> PREPOSITIONS = Set.of("about", "of", "on", "over");
        private static final Set<String> QUESTION_WORDS =
                Set.of("what", "how", "why", "whether", "where", "who", "when", "which");

        @Override
        public String name() {
            return "preposition-before-question";
        }

        @Override
        public int start(Draft draft, Found f, int first, int cue) {
            Analysis a = draft.analysis;
            int question = first + 1;
            if (!PREPOSITIONS.contains(a.token(first).word().toLowerCase(Locale.ROOT))
                    || question >= a.tokens().size() || a.token(question).start() >= f.end
                    || !QUESTION_WORDS.contains(a.token(question).word().toLowerCase(Locale.ROOT))
                    || dependentOf(a, first, first, cue) < 0) {
                return -1;
            }
            return a.token(question).start();
        }
    }
}

package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A speech verb whose topic or noun-phrase object is what was said, read where no earlier sieve used the verb: "She
 * spoke about her ties to the church" (rule {@code object-topic}: the phrase after the preposition), "The senator
 * urged restraint" (rule {@code object-noun}: the object). PolNeAR's annotators take such phrases as the content of
 * the attribution; the statement is a paraphrase of the speaker's words, so it is never verbatim. Which verbs and
 * prepositions qualify is data ({@code object-topics.tsv}), measured on PolNeAR train: most speech verbs' topics and
 * leftover objects are not annotated ("spoke to reporters", "spoke for five minutes", "offered no details").
 * The speaker is the verb's subject as {@link VerbCueSieve} finds it. Nothing is read from a passive verb, a pronoun
 * or question word as the phrase ("what he talked about"), a verb that also takes a clause ("urged voters to …": the
 * object is the hearer), a verb inside another statement or heading a complement clause ("a video shows that she
 * talked about …": the outer attribution holds it), nor from words an earlier sieve read. It is the last of
 * {@link Extractor#STATEMENT_SIEVES}: placed before {@code PatternVerbSieve} it found less on PolNeAR dev and train.
 */
final class ObjectTopicSieve implements StatementSieve {

    /** Relations under which a verb is not an attribution: "the so-called", "a widely reported story". */
    private static final Set<String> NOT_ATTRIBUTING = Set.of("amod", "acl", "compound", "case", "fixed", "det");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "where", "when");
    /** At most this many words between the verb and its topic's preposition: "spoke briefly about", "spoke out on". */
    private static final int MAX_GAP = 6;
    private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "these", "those");

    private static final Map<String, Set<String>> TOPICS = new HashMap<>();
    /** Verbs whose topic is what was said only after the one asked: "asked the governor about …". */
    private static final Map<String, Set<String>> ASKED_TOPICS = new HashMap<>();
    private static final Set<String> OBJECTS = new HashSet<>();
    private static final Set<String> NOT_TOPICS = new HashSet<>();
    private static final Set<String> HEARERS = new HashSet<>();
    /** Subjects that say nobody in particular spoke: "Nobody is talking about …", "you do not talk about …". */
    private static final Set<String> NOBODY = Set.of("nobody", "none", "you");

    static {
        for (String[] row : Gazetteer.rows("/extract/object-topics.tsv")) {
            String lemma = Gazetteer.col(row, 1).strip().toLowerCase(Locale.ROOT);
            switch (row[0]) {
                case "topic" -> TOPICS.put(lemma, Set.copyOf(Gazetteer.split(Gazetteer.col(row, 2), ",")));
                case "asked-topic" -> ASKED_TOPICS.put(lemma, Set.copyOf(Gazetteer.split(Gazetteer.col(row, 2), ",")));
                case "object" -> OBJECTS.add(lemma);
                case "not-topic" -> NOT_TOPICS.add(lemma);
                case "hearer" -> HEARERS.add(lemma);
                default -> throw new IllegalStateException("object-topics.tsv: unknown kind " + row[0]);
            }
        }
    }

    @Override
    public List<Found> find(Draft d) {
        List<Found> out = new ArrayList<>();
        Analysis a = d.analysis;
        for (int i = 0; i < a.tokens().size(); i++) {
            Analysis.Token t = a.token(i);
            SpeechLexicon.Verb verb = t.tag().startsWith("VB") ? d.lexicon.verb(t.lemma()) : null;
            // A verb an earlier sieve read may still have its topic read beside that reading (TopicBesideReading).
            boolean taken = verb != null && d.cueTaken(t.start());
            if (verb == null || !a.parsed(i) || d.resolver.insideQuote(t.start())
                    || taken && !TOPICS.containsKey(verb.lemma()) || NOT_ATTRIBUTING.contains(a.relation(i))
                    || passive(a, i) || insideStatement(d, t.start()) || looseParticiple(a, i) || complement(a, i)
                    || ParticipleBeforeItsVerb.occasion(a, d.lexicon, i)) {
                continue;
            }
            String lemma = verb.lemma();
            int[] range = OBJECTS.contains(lemma) ? object(a, i, verb) : null;
            String rule = "object-noun";
            if (taken) {
                range = topic(d, i, TOPICS.get(lemma), false);
                rule = TopicBesideReading.RULE;
            } else if (range == null && TOPICS.containsKey(lemma)) {
                range = topic(d, i, TOPICS.get(lemma), false);
                rule = "object-topic";
            }
            if (range == null && !taken && ASKED_TOPICS.containsKey(lemma)) {
                range = topic(d, i, ASKED_TOPICS.get(lemma), true);
                rule = "asked-topic";
            }
            Found f = range == null ? null : statement(d, i, verb, range[0], range[1], rule);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A participle with no auxiliary that the parse leaves loose ("…, of course, talking about terrorism", a tweet's
     * "Jane talking about …"): whose words they are is not clear. Not "keeps talking about", "was talking about".
     */
    private static boolean looseParticiple(Analysis a, int verb) {
        String rel = VerbCueSieve.base(a.relation(verb));
        return a.token(verb).tag().equals("VBG") && a.children(verb, "aux").isEmpty()
                && (rel.equals("root") || rel.equals("dep") || rel.equals("parataxis"));
    }

    /**
     * Whether the verb heads the complement clause of another verb ("the video shows that Clinton talked about
     * reform", "says she warned about surprises"): PolNeAR annotates the outer attribution, whose content holds this
     * one, and seldom the inner one.
     */
    private static boolean complement(Analysis a, int verb) {
        return "ccomp".equals(a.relation(verb));
    }

    /**
     * A passive, or a past participle standing alone ("Asked about his claims, the senator said …", "…, said the
     * senator, asked about his claims"): the one asked about something is not the one asking, and who asked is not
     * said. The parse may tag such a participle a past tense and give it the noun before the comma as its subject.
     */
    private static boolean passive(Analysis a, int verb) {
        if (!a.children(verb, "aux:pass").isEmpty() || !a.children(verb, "nsubj:pass").isEmpty()) {
            return true;
        }
        if (a.token(verb).tag().equals("VBN") && a.children(verb, "aux").isEmpty()
                && a.children(verb, "nsubj").isEmpty()) {
            return true;
        }
        return verb > 1 && a.token(verb).tag().matches("VB[DN]") && a.token(verb - 1).word().equals(",")
                && a.children(verb, "nsubj").contains(verb - 2);
    }

    /** Whether an earlier statement covers the cue: "… said that Clinton talked about reform" is read by "said". */
    private static boolean insideStatement(Draft d, int cue) {
        for (Found f : d.statements) {
            if (f.start <= cue && cue < f.end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The object after the verb ("urged restraint on both sides"), or null. For a verb whose object may be the one
     * spoken to ("urged the governor", "urging his critics"), a name or a noun of people is that hearer.
     */
    private static int[] object(Analysis a, int cue, SpeechLexicon.Verb verb) {
        for (int c : a.children(cue, "obj")) {
            if (c < cue) {
                continue;
            }
            if (pronoun(a, c) || verb.hearer() && (a.token(c).tag().startsWith("NNP")
                    || HEARERS.contains(a.token(c).lowerLemma()))) {
                return null;
            }
            for (int k : a.children(cue)) {
                String rel = a.relation(k);
                if (k > c && (rel.equals("ccomp") || rel.equals("xcomp"))) {
                    return null; // "urged voters to act": the object is the hearer
                }
            }
            return a.subtree(c);
        }
        return null;
    }

    /**
     * The phrase after a topic preposition of the verb ("talked at length about [the economy]"), or null: only
     * adverbs and short phrases may stand between the verb and the preposition, and the phrase must not say how,
     * where or for how long the speaking happened. With {@code afterHearer}, the one asked must stand between
     * ("asked the governor about [the budget]"): without it, who asked whom is often a poll or a crowd.
     */
    private static int[] topic(Draft d, int cue, Set<String> prepositions, boolean afterHearer) {
        Analysis a = d.analysis;
        for (int c : a.children(cue)) {
            if (c < cue || !a.relation(c).startsWith("obl") || SpeakingCircumstance.of(a, c)) {
                continue;
            }
            int[] r = a.subtree(c);
            String preposition = a.token(r[0]).word().toLowerCase(Locale.ROOT);
            // "asked the appeals court for a ruling": whatever stands between "ask" and "for" is the one asked.
            boolean askedFor = preposition.equals("for") && a.token(cue).lemma().equalsIgnoreCase("ask");
            if (!"case".equals(a.relation(r[0])) || !prepositions.contains(preposition) || !near(a, cue, r[0], askedFor)
                    || r[0] + 1 > r[1] || afterHearer && !hearerBefore(a, cue, r[0])) {
                continue;
            }
            String head = a.token(c).word().toLowerCase(Locale.ROOT);
            if (pronoun(a, c) || a.token(c).tag().equals("CD") || a.token(c).tag().startsWith("RB")
                    || NOT_TOPICS.contains(head) || PointedAt.someone(d, cue, c)) {
                return null;
            }
            int hi = r[1];
            for (int k : a.children(cue)) {
                // "warned against hackers from foreign countries": the parse may hang the rest of the topic on the
                // verb.
                if (k > hi && a.subtree(k)[0] == hi + 1 && a.relation(k).startsWith("obl")
                        && !SpeakingCircumstance.of(a, k)
                        && !NOT_TOPICS.contains(a.token(k).word().toLowerCase(Locale.ROOT))) {
                    hi = a.subtree(k)[1];
                }
            }
            return new int[]{r[0] + 1, end(d, r[0] + 1, hi)};
        }
        return null;
    }

    /**
     * Where a topic phrase ends: before a dash or "like" after a comma that sets off the reporter's description ("the
     * event–organized by …", "Jane Roe, like him a child of the harbour"), or before ", and" with a clause of its own
     * ("“sinking the ferry,” and the crowd cheers"; not "growing up there, and how he …"). Punctuation inside a
     * quotation does not end it, save a comma that closes it.
     */
    private static int end(Draft d, int lo, int hi) {
        Analysis a = d.analysis;
        for (int j = lo + 1; j <= hi; j++) {
            String w = a.token(j).word();
            if (w.matches("--|—|–") && !d.resolver.insideQuote(a.token(j).start())) {
                return j - 1;
            }
            boolean closingQuote = j + 1 <= hi && a.token(j + 1).tag().equals("''");
            if (!w.equals(",") || j + 1 > hi || d.resolver.insideQuote(a.token(j).start()) && !closingQuote) {
                continue;
            }
            int next = j + 1;
            while (next <= hi && a.token(next).tag().matches("''|``")) {
                next++;
            }
            String after = next <= hi ? a.token(next).word().toLowerCase(Locale.ROOT) : "";
            if (after.equals("like")) {
                return j - 1;
            }
            if ((after.equals("and") || after.equals("but")) && next + 1 <= hi
                    && !a.token(next + 1).tag().startsWith("W") && finiteSoon(a, next + 1, Math.min(hi, next + 4))) {
                return j - 1;
            }
        }
        return hi;
    }

    private static boolean finiteSoon(Analysis a, int from, int to) {
        for (int j = from; j <= to; j++) {
            if (a.token(j).tag().matches("VB[DZP]|MD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean pronoun(Analysis a, int head) {
        String tag = a.token(head).tag();
        return tag.equals("PRP") || tag.startsWith("W") || tag.equals("EX")
                || tag.equals("DT") && (a.subtree(head)[0] == a.subtree(head)[1]
                        // "hinted at that in her speech": a demonstrative standing for a noun is no topic either;
                        // a topic's subtree holds its preposition, so the one-word test above does not see it.
                        || DEMONSTRATIVES.contains(a.token(head).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether no comma, verb or object stands between the verb and {@code preposition}, at most a few words. The one
     * object allowed is the one asked ("asked the governor about …", "pressed him on …"): a hearer, not the topic;
     * with {@code anyObject} any object ("asked the court for …").
     */
    private static boolean near(Analysis a, int cue, int preposition, boolean anyObject) {
        if (preposition - cue > MAX_GAP) {
            return false;
        }
        for (int j = cue + 1; j < preposition; j++) {
            if (a.token(j).tag().equals(",") || a.token(j).tag().startsWith("VB")
                    || "obj".equals(a.relation(j)) && !anyObject && !hearer(a, cue, j)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the verb's object, a person it addresses, stands between it and {@code preposition}. */
    private static boolean hearerBefore(Analysis a, int cue, int preposition) {
        for (int j = cue + 1; j < preposition; j++) {
            if ("obj".equals(a.relation(j)) && hearer(a, cue, j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code object} of the verb is a person it addresses: a personal pronoun, a name or a noun of people. */
    private static boolean hearer(Analysis a, int cue, int object) {
        String tag = a.token(object).tag();
        return a.head(object) == cue && (tag.equals("PRP") || tag.startsWith("NNP")
                || HEARERS.contains(a.token(object).lowerLemma()));
    }

    /**
     * The characters {@code [start, end)} of the phrase of tokens {@code [lo, hi]} as a statement: before ", which …"
     * (the reporter's description of what was named, "…, which will be held in July") and without closing
     * punctuation; null when an earlier sieve read these words already ("declined to comment on …").
     */
    static int[] phrase(Draft d, int lo, int hi) {
        Analysis a = d.analysis;
        for (int j = lo + 1; j < hi; j++) {
            if (a.token(j).word().equals(",") && RELATIVES.contains(a.token(j + 1).word().toLowerCase(Locale.ROOT))) {
                hi = j - 1;
                break;
            }
        }
        while (hi > lo && Set.of(",", ".", ":").contains(a.token(hi).tag())) {
            hi--;
        }
        int start = a.token(lo).start();
        int end = a.token(hi).end();
        for (Found f : d.statements) {
            if (f.start < end && start < f.end) {
                return null;
            }
        }
        return new int[]{start, end};
    }

    private static Found statement(Draft d, int cue, SpeechLexicon.Verb verb, int lo, int hi, String rule) {
        Analysis a = d.analysis;
        int[] span = phrase(d, lo, hi);
        if (span == null) {
            return null;
        }
        int start = span[0];
        int end = span[1];
        boolean beside = rule.equals(TopicBesideReading.RULE);
        if (beside && !TopicBesideReading.allows(d, cue, end)) {
            return null;
        }
        int subject = VerbCueSieve.subjectOf(d, cue);
        if (subject < 0 || NOBODY.contains(a.token(subject).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Sources.Source source = d.sources.of(subject, cue);
        if (source == null || source.speaker() == null) {
            return null;
        }
        // "asked the court for quick action": what one asks for is a demand, not a question (PolNeAR's content is
        // the phrase after "for").
        // "declined to comment on the testimony": the phrase the verb ends makes the act (a refusal), as for the
        // verb sieve's own readings.
        Act phrase = VerbCueSieve.phraseAct(a, d.text, d.lexicon, cue);
        Act act = verb.lemma().equals("ask") && lo > 0 && a.token(lo - 1).word().equalsIgnoreCase("for")
                ? Act.DEMAND : phrase != null ? phrase : verb.act();
        Found f = Found.of(start, end, false, source.speaker(), act, rule, source.confidence());
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        // Beside an earlier reading the verb is that reading's cue; this one's is the topic's preposition.
        int own = beside ? lo - 1 : cue;
        return f.cue(a.token(own).start(), a.token(own).end());
    }
}

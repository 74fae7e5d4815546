package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Sense filters for a speech verb whose noun-phrase object is something won, paid or priced, not words (session 32,
 * helper "vobj32", from the false {@code verb-object} statements of all 840 PolNeAR train articles). Each judges a
 * reported statement read after its cue, with no quotation mark in it, that opens with the cue's object; the verbs
 * and nouns are data ({@code not-speech-senses.tsv}). Counts are on each class and in docs/extraction.md.
 */
final class TakenObjects {

    private TakenObjects() {
    }

    /**
     * The first noun-phrase object of the cue of {@code f} after the cue, when {@code f} is a plain statement read
     * after a cue of one of {@code verbs} and opens with that object's phrase; else -1.
     */
    static int object(Draft draft, Found f, Set<String> verbs) {
        return object(draft, f, verbs, false);
    }

    /**
     * As {@link #object(Draft, Found, Set)}; with {@code hearerFirst} also when the statement opens before the
     * object's phrase and holds it, as a reading that takes in the hearer does ("offering [the mayor a speaking
     * slot]").
     */
    static int object(Draft draft, Found f, Set<String> verbs, boolean hearerFirst) {
        int cue = NotSpeechFilters.cueBefore(draft, f, verbs);
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (cue < 0 || first < 0) {
            return -1;
        }
        for (int o : a.children(cue, "obj")) {
            int opens = a.subtree(o)[0];
            if (o > cue && (opens == first || hearerFirst && opens > first && a.token(o).start() < f.end)) {
                return o;
            }
        }
        return -1;
    }

    static String word(Analysis a, int token) {
        return a.token(token).word().toLowerCase(Locale.ROOT);
    }

    /**
     * Rule {@code claimed-outcome}: "claim" or "post" whose object is an outcome of a contest — "claimed [his third
     * victory of the night]", "posted [a clear win in the primary]", "claiming [52 percent of the vote]", "claimed
     * [the prize for best newcomer]" — takes or records what was won; the words, if any, are elsewhere. A hedged
     * outcome is a claim about it and stays: "claimed [a moral victory]", "[a victory of sorts]" (the
     * {@code outcome-hedge} words anywhere in the statement); so does a bare "claimed [victory]", which declares it
     * ({@link #determined}). All train: 7 statements dropped (6 {@code verb-object}, 1 {@code pattern-verb}
     * reading of the same cue), none an attribution; without the hedge words 2 found attributions more would go,
     * without the determiner test 1 (a bare victory claimed in a post). "nomination" is not among the nouns: one more
     * false statement, but the train gold marks "claimed the nomination" as a cue elsewhere.
     */
    static final class ClaimedOutcome implements NotSpeechFilters.Filter {

        static final Set<String> VERBS = Gazetteer.words("/extract/not-speech-senses.tsv", "outcome-verb");
        static final Set<String> NOUNS = Gazetteer.words("/extract/not-speech-senses.tsv", "outcome-noun");
        static final Set<String> HEDGES = Gazetteer.words("/extract/not-speech-senses.tsv", "outcome-hedge");

        @Override
        public String name() {
            return "claimed-outcome";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int o = object(draft, f, VERBS);
            Analysis a = draft.analysis;
            if (o < 0 || !NOUNS.contains(word(a, o)) || !determined(a, o)) {
                return false;
            }
            for (int i = a.tokenAt(f.start); i < a.tokens().size() && a.token(i).start() < f.end; i++) {
                if (HEDGES.contains(word(a, i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Whether the outcome noun has a determiner, a possessive or a number ("a victory", "his victory", "41
     * percent"): a bare "claimed victory" is declaring it, which is speech ("claimed victory in a post on her page").
     */
    static boolean determined(Analysis a, int noun) {
        return !a.children(noun, "det").isEmpty() || !a.children(noun, "nmod:poss").isEmpty()
                || !a.children(noun, "nummod").isEmpty();
    }

    /**
     * Rule {@code written-payment}: "wrote [a $5,000 check to the club]", "cut [a check for the campaign]": a
     * cheque written or sent is money given, not a text ({@code payment-verb}, {@code payment-noun}). All train: 1
     * statement dropped, not an attribution.
     */
    static final class WrittenPayment implements NotSpeechFilters.Filter {

        static final Set<String> VERBS = Gazetteer.words("/extract/not-speech-senses.tsv", "payment-verb");
        static final Set<String> NOUNS = Gazetteer.words("/extract/not-speech-senses.tsv", "payment-noun");

        @Override
        public String name() {
            return "written-payment";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int o = object(draft, f, VERBS);
            if (o < 0) {
                return false;
            }
            // "wrote [dozens of checks]", "[a series of checks]": the noun counted is the thing written.
            Analysis a = draft.analysis;
            return NOUNS.contains(word(a, o)) || a.children(o, "nmod").stream().anyMatch(n -> n > o
                    && NOUNS.contains(word(a, n)) && a.children(n, "case").stream().anyMatch(c -> word(a, c).equals("of")));
        }
    }

    /**
     * Rule {@code price-charged}: "charged [$40 a night]", "charges [more than its rivals]": "charge" with an
     * amount as its object asks a price; the accusing "charge" takes a person or a clause ({@code price-verb}; the
     * amount is a number, a currency sign, or "more"/"less"). All train: 1 statement dropped, not an attribution.
     */
    static final class PriceCharged implements NotSpeechFilters.Filter {

        static final Set<String> VERBS = Gazetteer.words("/extract/not-speech-senses.tsv", "price-verb");
        private static final Set<String> COMPARATIVES = Set.of("more", "less");
        private static final Set<String> CURRENCIES = Set.of("$", "£", "€");
        private static final Set<String> ARTICLES = Set.of("a", "an");

        @Override
        public String name() {
            return "price-charged";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int o = object(draft, f, VERBS);
            if (o < 0) {
                return false;
            }
            Analysis a = draft.analysis;
            int start = a.tokenAt(f.start);
            String first = word(a, start);
            // "charged [a $50,000 entry fee]": the amount after an article
            String amount = ARTICLES.contains(first) && start + 1 < a.tokens().size() ? word(a, start + 1) : first;
            return "CD".equals(a.token(o).tag()) || CURRENCIES.contains(amount) || COMPARATIVES.contains(first);
        }
    }
}

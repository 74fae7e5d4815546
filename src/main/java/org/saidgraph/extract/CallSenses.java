package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * A sense of "call" in which nothing is said, found tabulating the {@code verb-object} and {@code pattern-verb}
 * statements of all 840 PolNeAR train articles by cue lemma and object (session 27). "Call" is annotated when it
 * characterizes ("called the plan a disaster", "calls for a recount", "called on the board to resign"); the
 * {@code call-name} filter ({@link VerbSenseFilters.CallName}) drops a statement that is only a name. This one judges
 * the name with words after it; {@code call-whom} ({@link CalledWhom}) drops a person telephoned or summoned.
 */
final class CallSenses {

    /** Words before the head noun of an indefinite phrase that a naming "called" follows: "a new group called". */
    private static final Set<String> PHRASE_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN",
            "RB", "HYPH", "CD", "VBG");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");
    private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS");

    private CallSenses() {
    }

    /**
     * Rule {@code call-naming}: "a new group called [Harbour First, led by two retired pilots]", "a small charity
     * called [the Pier Trust]": "called" right after an indefinite noun phrase that names a thing (not a person: "a
     * spokesman called [Roe reckless]" speaks) gives that thing's name, and what follows is the name and the
     * reporter's words about it. The statement opens with the name (a proper noun, perhaps after "the") right after
     * "called" and has no quotation mark in or right around it: a quoted name ("a group called “…”") is left alone,
     * PolNeAR annotating it now and then; nor a statement inside a quotation, nor one that runs on past the name into
     * a finite verb outside a relative clause ({@link #ownClause}). All train: 5 statements dropped, 4 meeting no
     * gold, 1 an other-kind match ("…, mentioning a fund called X run by …").
     */
    static final class Naming implements NotSpeechFilters.Filter {

        @Override
        public String name() {
            return "call-naming";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int cue = NotSpeechFilters.reportedCueBefore(draft, f);
            Analysis a = draft.analysis;
            int first = a.tokenAt(f.start);
            if (cue < 1 || first != cue + 1 || !"call".equals(a.token(cue).lowerLemma())
                    || !Set.of("VBN", "VBD").contains(a.token(cue).tag()) || quotation(draft.text, f)) {
                return false;
            }
            int name = first;
            if (a.token(name).word().equalsIgnoreCase("the") && name + 1 < a.tokens().size()) {
                name++;
            }
            return NAME_TAGS.contains(a.token(name).tag()) && indefiniteThingBefore(a, cue)
                    && !ownClause(a, f) && !draft.resolver.insideQuote(f.start);
        }

        /**
         * Whether the statement runs on past the name into a finite verb outside a relative clause: the named thing is
         * then the subject of a sentence ("a company called Acme [gave $500 to the fund], records show"), which another
         * cue may report.
         */
        private static boolean ownClause(Analysis a, Found f) {
            for (int i = a.tokenAt(f.start); i < a.tokens().size() && a.token(i).start() < f.end; i++) {
                String w = a.token(i).word().toLowerCase(Locale.ROOT);
                if (w.equals("which") || w.equals("who") || w.equals("that")) {
                    return false;
                }
                if (Set.of("VBD", "VBZ", "VBP", "MD").contains(a.token(i).tag())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether an indefinite noun phrase, headed by no word for a person, ends right before {@code cue}. */
        private static boolean indefiniteThingBefore(Analysis a, int cue) {
            int noun = cue - 1;
            String tag = a.token(noun).tag() == null ? "" : a.token(noun).tag();
            if (!tag.startsWith("NN") || Animacy.someone(a.token(noun).word())) {
                return false;
            }
            for (int i = noun - 1; i >= Math.max(0, noun - 6); i--) {
                String w = a.token(i).word().toLowerCase(Locale.ROOT);
                if (INDEFINITE.contains(w)) {
                    return true;
                }
                if (!PHRASE_TAGS.contains(a.token(i).tag())) {
                    return false;
                }
            }
            return false;
        }
    }

    /**
     * Any double quotation mark (or two single ones, ''…'') or opening single one in the statement or within two
     * characters around it; an apostrophe ("the People's Party") is no quotation.
     */
    private static boolean quotation(String text, Found f) {
        int from = Math.max(0, f.start - 2);
        int to = Math.min(f.end + 2, text.length());
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ("\"“”„«»‘".indexOf(c) >= 0 || c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
                return true;
            }
        }
        return false;
    }
}

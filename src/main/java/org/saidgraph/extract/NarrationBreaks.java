package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Where a reported clause read after its speech verb gives way to the reporter's own narration, at a comma (or dash)
 * followed by a coordinating conjunction. Measured on PolNeAR train, the clauses the extractor read too long ran on
 * most often past ", and …" or ", but …" into a sentence of the reporter's: a new subject with its own verb ("said
 * the plan would pass, but the vote failed"). {@link VerbCueSieve} ends the clause before the punctuation where this
 * holds.
 */
final class NarrationBreaks {

    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "yet");
    /** Tags a short subject noun phrase is made of: "the campaign", "nine in ten", "the mayor's aides". */
    private static final Set<String> SUBJECT_TAGS = Set.of("DT", "PDT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS",
            "JJ", "JJR", "JJS", "CD", "POS", "RBR", "HYPH");
    private static final Set<String> SUBJECT_WORDS = Set.of("of", "than", "in");
    private static final int LONGEST_SUBJECT = 6;

    private NarrationBreaks() {
    }

    /**
     * Whether the punctuation at {@code at} (a comma or dash) followed by "and"/"but" opens a clause of the reporter's
     * ({@link #newSubject}). {@code last} is the last token the clause may reach. (The speaker's next act, "insisted
     * …, and pushed cuts", is cut by {@link VerbCueSieve} from the parse's coordination.)
     */
    static boolean at(Analysis a, int at, int last) {
        int conj = at + 1;
        if (conj + 1 > last || !a.token(conj).tag().equals("CC")
                || !CONJUNCTIONS.contains(a.token(conj).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return newSubject(a, conj + 1, last);
    }

    /**
     * "…, but the vote failed", "…, and two neighbours said …": a short noun phrase and a finite verb right
     * after the conjunction make an independent sentence, which news writes for its own narration far more often than
     * to go on with what was said.
     */
    static boolean newSubject(Analysis a, int from, int last) {
        boolean noun = false;
        for (int j = from; j <= last && j < from + LONGEST_SUBJECT + 1; j++) {
            Analysis.Token t = a.token(j);
            if (t.tag().matches("VB[DZP]|MD")) {
                return noun && j > from;
            }
            boolean word = SUBJECT_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) && j > from;
            if (!SUBJECT_TAGS.contains(t.tag()) && !word) {
                return false;
            }
            noun |= t.tag().startsWith("NN") || t.tag().equals("PRP") || t.tag().equals("CD");
        }
        return false;
    }
}

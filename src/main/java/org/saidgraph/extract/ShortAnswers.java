package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * What a speech verb says in one word or a pointer back (rule {@code verb-answer}): "55 percent said so", "most
 * voters said yes", "he said no to the plan", "a third said the same of the mayor". Poll reports are full of them;
 * PolNeAR's annotators take the word or phrase as the content, and the share of respondents as the source. The word
 * must hang on the verb itself ("said no evidence" has a determiner, not an answer).
 */
final class ShortAnswers {

    /** The content kind {@link VerbCueSieve} gives this reading. */
    static final int KIND = 8;
    static final String RULE = "verb-answer";

    private static final Set<String> ANSWERS = Set.of("so", "yes", "no");
    private static final Set<String> VERBS = Set.of("say", "answer", "reply", "respond", "tell");

    private ShortAnswers() {
    }

    /** {@code [first, last, KIND]} of the answer right after the verb at {@code cue}, or null. */
    static int[] of(Analysis analysis, int cue) {
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        int j = cue + 1;
        if (j >= s.end() || !VERBS.contains(analysis.token(cue).lowerLemma())) {
            return null;
        }
        String w = analysis.token(j).word().toLowerCase(Locale.ROOT);
        if (ANSWERS.contains(w) && analysis.head(j) == cue && !analysis.token(j).tag().equals("DT")) {
            // The word alone ("said yes while 48 percent disagreed": the rest is the reporter's), but what it refuses
            // belongs to it: "said no to the plan".
            return new int[]{j, w.equals("no") ? phraseAfter(analysis, cue, j, s, "to") : j, KIND};
        }
        if (w.equals("the") && j + 1 < s.end() && analysis.token(j + 1).word().equalsIgnoreCase("same")
                && analysis.head(j + 1) == cue) {
            int hi = trim(analysis, analysis.subtree(j + 1)[1], j + 1);
            return new int[]{j, phraseAfter(analysis, cue, hi, s, "of", "for", "about"), KIND};
        }
        return null;
    }

    /**
     * The end of a phrase of the verb opening right after {@code hi} with one of {@code words} ("the same for the
     * mayor", "no to the plan"), or {@code hi}.
     */
    private static int phraseAfter(Analysis analysis, int cue, int hi, Analysis.Sentence s, String... words) {
        int k = hi + 1;
        if (k >= s.end() || !Set.of(words).contains(analysis.token(k).word().toLowerCase(Locale.ROOT))) {
            return hi;
        }
        int h = analysis.head(k);
        if (h < 0 || h <= k || analysis.head(h) != cue && analysis.head(h) != hi) {
            return hi;
        }
        return trim(analysis, analysis.subtree(h)[1], hi);
    }

    private static int trim(Analysis analysis, int hi, int lo) {
        while (hi > lo && analysis.token(hi).word().length() == 1
                && !Character.isLetterOrDigit(analysis.token(hi).word().charAt(0))) {
            hi--;
        }
        return hi;
    }
}

package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@value #RULE} (session 31): a phrase that opens the sentence and is closed by a comma ("Minutes later, the
 * campaign issued a statement saying …", "As the centerpiece of his term, he proposed …", "In a February email
 * exchange, Roe had to explain …") is a circumstance of time, manner or role. The parse sometimes makes its noun a
 * second subject of the verb, before the real one; the real subject is the one after the comma. Seen on PolNeAR
 * train giving statements to "Minutes", an email exchange or a "centerpiece".
 */
final class FrontedPhraseSubject {

    static final String RULE = "fronted-phrase-subject";

    private FrontedPhraseSubject() {
    }

    /**
     * {@code subjects} of the verb at {@code verb}, with the subject that follows a fronted phrase's comma put first
     * when the first subject is that fronted phrase; otherwise unchanged.
     */
    static List<Integer> of(Analysis analysis, List<Integer> subjects, int verb) {
        if (subjects.size() < 2) {
            return subjects;
        }
        int fronted = subjects.get(0);
        int real = subjects.get(1);
        if (!(fronted < real && real < verb)) {
            return subjects;
        }
        int[] frontedSpan = analysis.subtree(fronted);
        int[] realSpan = analysis.subtree(real);
        Analysis.Sentence sentence = analysis.sentences().get(analysis.sentenceOf(verb));
        int comma = realSpan[0] - 1;
        if (comma <= sentence.first() || !analysis.token(comma).word().equals(",") || frontedSpan[1] >= comma) {
            return subjects;
        }
        // Only the fronted phrase's own words, its preposition or conjunction and a comma may stand before it.
        for (int i = sentence.first(); i < frontedSpan[0]; i++) {
            if (analysis.head(i) != verb && analysis.head(i) != fronted) {
                return subjects;
            }
        }
        // The real subject reaches the verb with no comma between (not a parenthetical "…, Roe said, …").
        for (int i = realSpan[1] + 1; i < verb; i++) {
            if (analysis.token(i).word().equals(",")) {
                return subjects;
            }
        }
        List<Integer> ordered = new ArrayList<>(subjects);
        ordered.remove(Integer.valueOf(real));
        ordered.add(0, real);
        return ordered;
    }
}

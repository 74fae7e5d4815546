package org.saidgraph.extract;

import java.util.Set;

/**
 * Rule {@code deed-by-gerund}: "responded by" with a gerund that is not a speech verb tells what someone did in
 * answer, not what they said: "the council responded [by closing the pier]", "[by easing the fees]". With a speech
 * verb ("responded by saying that …", "by explaining …") the words are speech, and are kept. The statement must open
 * with "by" (an adverb may stand before it) and a gerund whose lemma the speech lexicon does not hold. On all of
 * PolNeAR train (session 18) five such statements after "respond", none an attribution, and one attribution lost
 * ("responded by standing on the floor next to a photo", which the annotators took as the reply).
 */
final class DeedByGerund implements NotSpeechFilters.Filter {

    /** The verbs of answering whose "by …" phrase is a deed unless its gerund is speech. */
    private static final Set<String> ANSWERS = Set.of("respond", "react", "reply", "answer", "retaliate");

    @Override
    public String name() {
        return "deed-by-gerund";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int cue = NotSpeechFilters.reportedCueBefore(draft, f);
        int i = a.tokenAt(f.start);
        if (cue < 0 || i < 0 || !ANSWERS.contains(a.token(cue).lowerLemma())) {
            return false;
        }
        if ("RB".equals(a.token(i).tag()) && i + 1 < a.tokens().size()) {
            i++;
        }
        if (!a.token(i).word().equalsIgnoreCase("by") || i + 1 >= a.tokens().size()) {
            return false;
        }
        int gerund = i + 1;
        if ("RB".equals(a.token(gerund).tag()) && gerund + 1 < a.tokens().size()) {
            gerund++; // "by abruptly closing …"
        }
        if (!"VBG".equals(a.token(gerund).tag()) || draft.lexicon.verb(a.token(gerund).lowerLemma()) != null) {
            return false;
        }
        // A gerund with a clause of its own reports it ("by recognizing that the threat is real").
        boolean clause = gerund + 1 < a.tokens().size() && a.token(gerund + 1).word().equalsIgnoreCase("that");
        for (int k : a.children(gerund)) {
            clause |= "ccomp".equals(a.relation(k));
        }
        return !clause;
    }

}

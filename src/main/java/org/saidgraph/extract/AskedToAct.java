package org.saidgraph.extract;

/**
 * Rule {@code asked-to-act}: "The tribe asked the authority to survey the banks" is a request, not a question, so
 * that a researcher asking for questions does not get demands, nor one asking for demands miss them. "Ask" is a
 * question in the lexicon ("asked whether …", "asked what …"); with a "to"-infinitive after it, it is a demand.
 */
final class AskedToAct {

    private AskedToAct() {
    }

    /** {@link Act#DEMAND} for "ask" with a "to"-infinitive after it, else {@code act}. */
    static Act act(Analysis a, int cue, Act act) {
        if (act != Act.QUESTION || !a.token(cue).lowerLemma().equals("ask")) {
            return act;
        }
        for (int c : a.children(cue)) {
            String rel = a.relation(c);
            if (c > cue && ("xcomp".equals(rel) || "ccomp".equals(rel)) && a.token(c).tag().equals("VB")
                    && a.children(c, "mark").stream().anyMatch(m -> a.token(m).tag().equals("TO"))) {
                return Act.DEMAND;
            }
        }
        return act;
    }
}

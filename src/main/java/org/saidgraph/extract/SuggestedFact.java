package org.saidgraph.extract;

import java.util.Set;

/**
 * Rule suggested-fact: "suggest" proposes only when what follows is something to do — a noun ("suggested a
 * compromise"), a subjunctive ("suggested he resign") or a clause of obligation ("suggested that the council should
 * wait"). With a clause in the indicative it puts forward a fact or a guess ("Polls suggest the public is split",
 * "suggesting it might be a ruse"): a claim, not a proposal, so that a researcher asking for proposals does not get
 * findings and hints.
 */
final class SuggestedFact {

    /** Modals of obligation or advice: a clause with one of these after "suggest" is still a proposal. */
    private static final Set<String> OBLIGATION = Set.of("should", "must", "ought", "need", "shall");

    private SuggestedFact() {
    }

    /** {@link Act#CLAIM} for "suggest" with a clause in the indicative, else {@code act}. */
    static Act act(Analysis a, int cue, Act act) {
        if (act != Act.PROPOSAL || !a.token(cue).lowerLemma().equals("suggest")) {
            return act;
        }
        for (int clause : a.children(cue, "ccomp")) {
            if (clause > cue && indicative(a, clause)) {
                return Act.CLAIM;
            }
        }
        return act;
    }

    private static boolean indicative(Analysis a, int verb) {
        boolean finite = a.token(verb).tag().matches("VB[DZP]");
        for (int c : a.children(verb)) {
            String rel = a.relation(c);
            if (rel != null && (rel.equals("aux") || rel.equals("cop") || rel.startsWith("aux:"))) {
                String w = a.token(c).word().toLowerCase(java.util.Locale.ROOT);
                if (OBLIGATION.contains(w)) {
                    return false;
                }
                finite |= a.token(c).tag().matches("VB[DZP]|MD");
            }
        }
        return finite;
    }
}

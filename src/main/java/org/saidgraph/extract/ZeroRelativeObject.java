package org.saidgraph.extract;

/**
 * Step zero-relative-object: a relative clause with no relative pronoun on the noun object of a speech verb ("touted
 * the repairs she has helped bring to the harbour", "discloses the number of complaints it has received"): the
 * parser reads the clause as a parataxis of the speech verb or leaves it unlabelled (dep), so the object stopped at
 * its noun; the annotators keep such clauses in what was said (session 21 counted 485 kept, 82 left out). Session 28,
 * all 840 train: 6 statements longer, 3 reported attributions newly found with their speaker (2 of them through a
 * dep) and 1 other-kind match, none lost.
 */
final class ZeroRelativeObject {
    private ZeroRelativeObject() {
    }

    /**
     * Whether {@code clause}, a parataxis or dep of the speech verb, is a relative clause on the object that ends at
     * {@code objectEnd}: it opens right after the object, with no punctuation, on its own subject.
     */
    static boolean continues(Analysis a, int objectEnd, int clause) {
        if (a.subtree(clause)[0] != objectEnd + 1 || !a.token(clause).tag().startsWith("VB")) {
            return false;
        }
        for (int s : a.children(clause, "nsubj")) {
            if (a.subtree(s)[0] == objectEnd + 1) {
                return true;
            }
        }
        return false;
    }
}

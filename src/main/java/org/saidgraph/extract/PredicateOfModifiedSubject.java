package org.saidgraph.extract;

/**
 * Guard {@code predicate-of-modified-subject} of {@link VerbCueSieve}'s rest-of-sentence reading (kind
 * {@code verb-rest}). "The report cited in her letter does not exist", "What the mayor offers is a loan", "The plan
 * he announced would cut fares": the speech verb only modifies the subject of the main clause (a participle, a
 * relative clause, a free relative), and the rest of the sentence after it is that subject's own predicate, not
 * anything the verb's subject said. The reading is dropped when what would be said opens with the finite verb (or its
 * auxiliary) of a clause whose subject holds the speech verb (measured on PolNeAR train, session 33,
 * docs/extraction.md).
 */
final class PredicateOfModifiedSubject {

    private PredicateOfModifiedSubject() {
    }

    /** Whether {@code first}, where the rest reading begins, is the predicate of a subject that holds {@code cue}. */
    static boolean reads(Analysis analysis, int cue, int first) {
        if (!analysis.token(first).tag().matches("VB[DZP]|MD")
                || first > 0 && analysis.token(first - 1).tag().equals("EX")) {
            // "reports reveal there was more": "there" is the reported clause's own subject
            return false;
        }
        int verb = first;
        String rel = analysis.relation(first);
        if ((rel.startsWith("aux") || rel.equals("cop")) && analysis.head(first) >= 0) {
            verb = analysis.head(first); // "does not exist", "would be novel": the subject hangs on the main verb
        }
        for (int c : analysis.children(verb)) {
            String r = analysis.relation(c);
            if (r.startsWith("nsubj") || r.startsWith("csubj")) {
                int[] s = analysis.subtree(c);
                if (s[0] <= cue && cue <= s[1]) {
                    return true;
                }
            }
        }
        return false;
    }
}

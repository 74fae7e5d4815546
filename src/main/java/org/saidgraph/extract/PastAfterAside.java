package org.saidgraph.extract;

/**
 * Rule {@code verb-aside-past}: "Cutting the budget so early, many economists say, slowed the recovery" — right after a
 * parenthetical attribution the tagger may take a bare past tense for a past participle ("slowed" as VBN). A participle
 * with no auxiliary of its own, standing at once after the aside's closing comma, is the finite verb of the clause
 * around the attribution, as {@code aside-verb-after} reads a finite one. Not "…, she said, backed by …" with "by" next
 * (a passive phrase), nor a participle with "have"/"be" before it.
 */
final class PastAfterAside {

    static final String RULE = "verb-aside-past";
    /** Marks, in the content range {@code VerbCueSieve} returns, a clause read around the aside through this rule. */
    static final int MARK = 2;

    private PastAfterAside() {
    }

    /** Whether token {@code i} is a past tense tagged as a participle, right after an aside's comma. */
    static boolean reads(Analysis analysis, int i) {
        if (i <= 0 || i + 1 >= analysis.tokens().size()) {
            return false;
        }
        Analysis.Token t = analysis.token(i);
        if (!t.tag().equals("VBN") || !analysis.token(i - 1).word().equals(",")) {
            return false;
        }
        for (int c : analysis.children(i)) {
            String rel = analysis.relation(c);
            if (rel.startsWith("aux") || rel.equals("nsubj") || rel.equals("nsubj:pass")) {
                return false;
            }
        }
        Analysis.Token next = analysis.token(i + 1);
        return !next.word().equalsIgnoreCase("by") && !next.word().matches("[,.;:!?]");
    }
}

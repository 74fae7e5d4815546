package org.saidgraph.extract;

/**
 * Rule step {@code comma-closed-relative}: "He accused the governor of siding with the unions, which had lobbied
 * against the bill, and vowed to seek an override": the parser may join "vowed" to the verb of the relative clause,
 * so it took the relative's antecedent ("the unions") for the speaker. A relative clause opened by "which"/"who" after
 * a comma and closed by a comma before ", and" is an aside; a verb after it continues the sentence's main verb, the
 * finite verb that governs the antecedent, whose subject is the speaker.
 */
final class CommaClosedRelative {

    private CommaClosedRelative() {
    }

    /** The main verb {@code cue} really continues, or -1 when the parse's reading stands. */
    static int mainVerb(Analysis a, int cue) {
        int relative = a.head(cue);
        if (relative < 0 || !"conj".equals(a.relation(cue)) || !"acl:relcl".equals(a.relation(relative))) {
            return -1;
        }
        int[] clause = a.subtree(relative);
        int opener = -1;
        for (int i = clause[0]; i <= clause[1]; i++) {
            if (a.token(i).tag().startsWith("W")) {
                opener = i;
                break;
            }
        }
        int cc = -1;
        for (int c : a.children(cue, "cc")) {
            cc = c;
        }
        if (opener < 1 || cc < 1 || !a.token(opener - 1).word().equals(",") || !a.token(cc - 1).word().equals(",")
                || opener > relative) {
            return -1;
        }
        int x = a.head(relative);
        for (int steps = 0; x >= 0 && steps < 20; steps++) {
            if (a.token(x).tag().matches("VB[DZP]|MD") || !a.children(x, "aux").isEmpty() && a.token(x).isVerb()) {
                return x < cue ? x : -1;
            }
            x = a.head(x);
        }
        return -1;
    }
}

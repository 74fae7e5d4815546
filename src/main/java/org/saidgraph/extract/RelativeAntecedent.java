package org.saidgraph.extract;

/**
 * Step relative-antecedent (session 30; statements keep their sieve's rule): "For a skipper who admitted that the
 * fares were too high, …": a relative "who" with no name right before it speaks as the common noun its clause
 * describes. The parse hangs the relative clause on that noun ({@code acl:relcl}); {@link Sources} then reads the
 * noun's own phrase as it reads any subject, so a noun that names no one who speaks still gives no speaker.
 */
final class RelativeAntecedent {

    private RelativeAntecedent() {
    }

    /** The common noun a relative "who" at {@code who} stands for, or -1 when the parse hangs it on none. */
    static int of(Analysis analysis, int who) {
        for (int x = analysis.head(who), guard = 0; x >= 0 && guard < 3; x = analysis.head(x), guard++) {
            if ("acl:relcl".equals(analysis.relation(x))) {
                int noun = analysis.head(x);
                return noun >= 0 && noun < who && analysis.token(noun).tag().matches("NNS?") ? noun : -1;
            }
        }
        return -1;
    }
}

package org.saidgraph.extract;

/**
 * Step infinitive-series: a second infinitive after a comma ("urged the board to be fairer, to listen to the
 * fishermen and be more open"): the parser hangs the series' next item on the speech verb, so the first infinitive
 * ended what was urged; the series is one thing said. Session 28, all 840 train: gold contents hold such a series 25
 * times and end before one 4 times (one of them the same series annotated both ways); 1 statement longer, 1 reported
 * attribution newly found with its speaker, none lost.
 */
final class InfinitiveSeries {
    private InfinitiveSeries() {
    }

    /**
     * The last token of the series that the infinitive ending at {@code end} opens: the infinitives of the speech verb
     * {@code cue} that follow it, each after a comma and opening on "to"; {@code end} when none follows.
     */
    static int end(Analysis a, int cue, int end) {
        int hi = end;
        for (int d : a.children(cue)) {
            int[] r = a.subtree(d);
            if (d > hi && r[0] == hi + 2 && a.token(hi + 1).word().equals(",") && a.token(r[0]).tag().equals("TO")
                    && a.token(d).tag().startsWith("VB")) {
                hi = r[1];
            }
        }
        return hi;
    }
}

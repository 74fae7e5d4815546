package org.saidgraph.extract;

/**
 * Step {@code dash-before-aside} of {@link VerbCueSieve}'s clause around a parenthetical attribution (kind
 * {@code verb-around}). "The board cut the budget - the cuts, its chairman said, were overdue": an unpaired dash
 * before the aside ends the reporter's clause the way a colon does, and what was said begins after it. A dash of a
 * pair ("The mayor - never one to hedge - was, aides said, sure") sets off an aside inside the clause and does not.
 * Only for the clause around an aside: before a closing attribution ("A - B, she said") the annotators keep the words
 * before the dash (measured on PolNeAR train, session 25, docs/extraction.md).
 */
final class DashBeforeAside {

    private DashBeforeAside() {
    }

    /**
     * The first token after the last unpaired dash outside quotation marks in {@code [first, end]} (and after a
     * conjunction right after it) when at least two words follow it up to {@code end} (commas and quotation marks
     * closing the clause aside), or {@code first} when there is none.
     */
    static int start(Analysis analysis, SpeakerResolver resolver, int first, int end) {
        int last = end;
        while (last > first && analysis.token(last).word().matches(",|[\"“”'`]+")) {
            last--;
        }
        int dashes = 0;
        int dash = -1;
        for (int k = first; k <= last; k++) {
            if (dash(analysis, k) && !resolver.insideQuote(analysis.token(k).start())) {
                dashes++;
                dash = k;
            }
        }
        if (dashes % 2 == 0 || dash <= first || last - dash < 2) {
            return first;
        }
        // "- and the permit, she said, …": the conjunction joins the clause to the reporter's, it is not said.
        int from = dash + 1;
        if (analysis.token(from).tag().equals("CC") && last - from >= 2) {
            from++;
        }
        return from;
    }

    /** A dash between words: "—", "–", "--", or a hyphen with space on both sides. */
    static boolean dash(Analysis analysis, int k) {
        String w = analysis.token(k).word();
        if (w.equals("—") || w.equals("–") || w.equals("--")) {
            return true;
        }
        return w.equals("-") && k > 0 && k + 1 < analysis.tokens().size()
                && analysis.token(k - 1).end() < analysis.token(k).start()
                && analysis.token(k).end() < analysis.token(k + 1).start();
    }
}

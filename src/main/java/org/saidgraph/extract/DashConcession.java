package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Cut {@code dash-concession}: a reported statement that closes with a concession set off by a dash — "…said the
 * ferry would run all winter<i> – though the harbour board has not agreed</i>", "…vowed to fight on<i> -- even as
 * his rival closed in</i>" — ends before the dash: after a dash the concession is the reporter's own qualification
 * of what was said. Its opener is a word of {@code span-bounds.tsv} (role {@code opener}: "though", "although"), or
 * "even" and a word of role {@code after-even} ("even though", "even as"), and no other dash follows it in the
 * statement (a dash pair in the middle, "– even on her own terms –", is an aside inside what was said). After a
 * comma the annotators keep a concession as often as not, so the comma is not enough; "while" after a dash also
 * runs on. On all 840 PolNeAR train articles: see docs/extraction.md (figures recorded there).
 */
final class DashConcession implements ReportedSpanBounds.Cut {

    private static final Set<String> OPENERS = SpanBoundWords.of("dash-concession", "opener");
    private static final Set<String> AFTER_EVEN = SpanBoundWords.of("dash-concession", "after-even");

    @Override
    public String name() {
        return "dash-concession";
    }

    @Override
    public int end(Draft draft, Found f) {
        Analysis a = draft.analysis;
        return ReportedSpanBounds.beforeMark(draft, f, i -> dash(a.token(i).word()) && concession(a, i + 1)
                && !dashAfter(a, i + 1, f.end));
    }

    /** Whether the words at {@code i} open a concession: "though", "although", "even though", "even as". */
    private static boolean concession(Analysis a, int i) {
        String w = a.token(i).word().toLowerCase(Locale.ROOT);
        if (OPENERS.contains(w)) {
            return true;
        }
        return w.equals("even") && i + 1 < a.tokens().size()
                && AFTER_EVEN.contains(a.token(i + 1).word().toLowerCase(Locale.ROOT));
    }

    private static boolean dashAfter(Analysis a, int from, int end) {
        for (int i = from; i < a.tokens().size() && a.token(i).start() < end; i++) {
            if (dash(a.token(i).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean dash(String word) {
        return word.equals("-") || word.equals("--") || word.equals("—") || word.equals("–");
    }
}

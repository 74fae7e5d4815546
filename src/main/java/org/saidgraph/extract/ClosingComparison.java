package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Cut {@code closing-comparison}: an object or a reported clause that closes with the reporter's comparison of the
 * figure it gives — "…said it earned $3 a share<i>, well above the $2.50 analysts expected</i>", "…reported 300
 * new members<i>, up from 120 a year ago</i>", "…said the rally drew 5,000 people<i>, fewer than half the crowd of
 * May</i>" — ends before the comma: the yardstick is the reporter's, set beside what was said. The comparison opens
 * right after a comma outside a quotation: an optional degree word and "above"/"below", a direction and "from"
 * ("up sharply from"), or a comparative and "than" within two words; its words are in {@code span-bounds.tsv}.
 * Only for the rules that read a verb's clause or object ({@code verb-complement}, {@code verb-object},
 * {@code pattern-verb}): an {@code according-to} statement names its source after such a phrase, which the gold then
 * keeps. On all 840 PolNeAR train articles (session 27): see docs/extraction.md.
 */
final class ClosingComparison implements ReportedSpanBounds.Cut {

    private static final Set<String> RULES = Set.of("verb-complement", "verb-object", "pattern-verb");
    private static final Set<String> DEGREE = SpanBoundWords.of("closing-comparison", "degree");
    private static final Set<String> POSITION = SpanBoundWords.of("closing-comparison", "position");
    private static final Set<String> DIRECTION = SpanBoundWords.of("closing-comparison", "direction");
    private static final Set<String> COMPARATIVE = SpanBoundWords.of("closing-comparison", "comparative");

    @Override
    public String name() {
        return "closing-comparison";
    }

    @Override
    public int end(Draft draft, Found f) {
        if (!RULES.contains(f.rule)) {
            return f.end;
        }
        Analysis a = draft.analysis;
        return ReportedSpanBounds.beforeMark(draft, f, i -> a.token(i).word().equals(",") && comparison(a, i + 1));
    }

    /** Whether the words from {@code i} open a comparison: "well above", "down sharply from", "more … than". */
    static boolean comparison(Analysis a, int i) {
        int w = DEGREE.contains(lower(a, i)) ? i + 1 : i;
        if (POSITION.contains(lower(a, w))) {
            return true;
        }
        if (DIRECTION.contains(lower(a, i))) {
            int from = DEGREE.contains(lower(a, i + 1)) ? i + 2 : i + 1;
            return lower(a, from).equals("from");
        }
        return COMPARATIVE.contains(lower(a, i)) && (lower(a, i + 1).equals("than") || lower(a, i + 2).equals("than"));
    }

    private static String lower(Analysis a, int i) {
        return i < a.tokens().size() ? a.token(i).word().toLowerCase(Locale.ROOT) : "";
    }
}

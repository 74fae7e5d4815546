package org.saidgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Filter {@value #FILTER}: the same words of the same speaker given twice. Two readings can end on the same span once
 * the span cuts and joins have run (a clause read by its verb and again around its quoted fragment), long after the
 * first de-duplication ({@link Relations#dedupe}) compared their uncut spans; and a reading whose whole content is
 * one quotation ("according to the report, “…”") repeats, as reported speech, the quotation a quote rule already gives
 * the same speaker verbatim. A researcher would count one thing said twice: of the readings of one speaker whose spans
 * are the same apart from quotation marks and a closing comma or period at their ends, the verbatim one stays, else
 * the first. The same words at two places of an article (a live blog repeating an item) are two statements. Run
 * last, after every cut.
 */
final class SameStatementTwice {

    static final String FILTER = "same-statement-twice";

    private SameStatementTwice() {
    }

    /** Drops the repeated copies; returns what it dropped. */
    static List<DroppedStatement> apply(Draft draft, List<Found> statements) {
        // One statement per speaker and span, the span taken without the quotation marks at its ends: the verbatim
        // copy if there is one, else the first in text order.
        Map<String, Found> kept = new HashMap<>();
        for (Found f : statements) {
            kept.merge(key(draft.text, f), f, (a, b) -> !a.verbatim && b.verbatim ? b : a);
        }
        return DroppedStatement.dropAll(draft, statements, FILTER, f -> kept.get(key(draft.text, f)) != f);
    }

    private static String key(String text, Found f) {
        int start = f.start;
        int end = f.end;
        while (start < end && (Quotes.isMark(text.charAt(start)) || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (Quotes.isMark(text.charAt(end - 1)) || Character.isWhitespace(text.charAt(end - 1))
                || ",.".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return start + ":" + end + ":" + f.speaker;
    }
}

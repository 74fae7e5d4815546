package org.saidgraph.extract;

import java.util.List;
import java.util.function.Predicate;

/**
 * A candidate statement a named filter ({@link NotSpeechFilters}) dropped: where it was in the text, the sieve that
 * made it, the filter that dropped it, and the words that named its speaker (empty when none did). {@code evaluate --verbose} counts these per filter against the gold.
 */
public record DroppedStatement(int start, int end, String rule, String filter, String source) {

    /** {@code f} as dropped by {@code filter}, with the words that named its speaker in {@code draft}'s text. */
    static DroppedStatement of(Draft draft, Found f, String filter) {
        String source = f.sourceStart >= 0 && f.sourceEnd > f.sourceStart && f.sourceEnd <= draft.text.length()
                ? draft.text.substring(f.sourceStart, f.sourceEnd) : "";
        return new DroppedStatement(f.start, f.end, f.rule == null ? "(unnamed)" : f.rule, filter, source);
    }

    /**
     * Removes from {@code statements} every one that {@code drops} judges (all judged before any is removed, so a
     * judgement may look at the others) and returns them as dropped by {@code filter}, in text order.
     */
    static List<DroppedStatement> dropAll(Draft draft, List<Found> statements, String filter, Predicate<Found> drops) {
        List<Found> gone = statements.stream().filter(drops).toList();
        List<DroppedStatement> out = gone.stream().map(f -> of(draft, f, filter)).toList();
        Relations.drop(statements, gone);
        return out;
    }
}

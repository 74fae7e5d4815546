package org.saidgraph.extract;

/**
 * A candidate statement a named filter ({@link NotSpeechFilters}) dropped: where it was in the text, the sieve that
 * made it, the filter that dropped it, and the words that named its speaker (empty when none did). {@code evaluate --verbose} counts these per filter against the gold.
 */
public record DroppedStatement(int start, int end, String rule, String filter, String source) {
}

package org.saidgraph.query;

/**
 * The filters of {@code GET /api/statements}; null means "any". {@code addressedTo}: statements addressed to this
 * entity; {@code repliesTo}: statements that reply to or deny something this entity said.
 */
public record StatementFilter(String speaker, String mentions, String act, Boolean verbatim, String article,
                              String addressedTo, String repliesTo, String q) {
}

package org.saidgraph.query;

/** The filters of {@code GET /api/statements}; null means "any". */
public record StatementFilter(String speaker, String mentions, String act, Boolean verbatim, String article, String q) {
}

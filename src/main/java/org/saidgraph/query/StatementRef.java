package org.saidgraph.query;

/** Another statement, as a link: its id and words, and who said it. */
public record StatementRef(String id, String text, String act, boolean verbatim, EntityRef speaker) {
}

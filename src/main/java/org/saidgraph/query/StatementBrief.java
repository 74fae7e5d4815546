package org.saidgraph.query;

/**
 * A statement as an explanation speaks of it: its words, act, speaker and source span with the exact evidence.
 * {@code quotable} only when it is verbatim and its text equals its evidence: nothing else is ever put in quotation
 * marks.
 */
record StatementBrief(String id, String text, boolean verbatim, String act, EntityRef speaker, String articleId,
                      int start, int end, String evidence) {

    boolean quotable() {
        return verbatim && text != null && text.equals(evidence);
    }

    /**
     * Twins: the same speaker's paraphrase and verbatim words over the same or overlapping characters of one
     * article (Nausėda's reply and the two tweets it summarises).
     */
    boolean twinOf(StatementBrief other) {
        return speaker != null && other.speaker != null && speaker.id().equals(other.speaker.id())
                && articleId != null && articleId.equals(other.articleId)
                && start < other.end && other.start < end
                && (quotable() || other.quotable());
    }
}

package org.saidgraph.query;

import java.util.List;

/**
 * A statement as an explanation speaks of it: its words, act, speaker and source span with the exact evidence.
 * {@code quotable} only when it is verbatim and its text equals its evidence: nothing else is ever put in quotation
 * marks. A statement in parts ({@code parts}, cut from its text) is quotable when each part equals the article's text
 * at that part ({@code partEvidence}), and is then quoted part by part.
 */
record StatementBrief(String id, String text, boolean verbatim, String act, EntityRef speaker, String articleId,
                      int start, int end, String evidence, List<QuotePart> parts, List<String> partEvidence) {

    boolean quotable() {
        if (!verbatim || text == null) {
            return false;
        }
        if (partEvidence == null) {
            return parts == null && text.equals(evidence);
        }
        return parts != null && parts.size() == partEvidence.size()
                && java.util.stream.IntStream.range(0, parts.size())
                .allMatch(i -> parts.get(i).text().equals(partEvidence.get(i)));
    }

    /** The words in quotation marks, part by part for a statement in parts; only for a quotable statement. */
    String quoted() {
        return QuotePart.quoted(text, parts);
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

package org.saidgraph.query;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters of {@code GET /api/statements}. A statement must match every filter given; a list matches any of its
 * values; null or an empty list means "any". {@code addressedTo}: statements addressed to one of these entities;
 * {@code repliesTo}: statements that reply to or deny something one of them said; {@code firstHand}: whether nothing
 * relays the statement; {@code from} and {@code to}: the statement's date, or else its article's published date, in
 * that range (both ends included); {@code q}: a full-text query.
 */
public record StatementFilter(List<String> speakers, List<String> mentions, List<String> acts, Boolean verbatim,
                              List<String> articles, List<String> addressedTo, List<String> repliesTo,
                              Boolean firstHand, LocalDate from, LocalDate to, String q) {

    public StatementFilter {
        speakers = clean(speakers);
        mentions = clean(mentions);
        acts = clean(acts);
        articles = clean(articles);
        addressedTo = clean(addressedTo);
        repliesTo = clean(repliesTo);
    }

    /** Values stripped, blanks and repeats dropped; null when none is left. */
    private static List<String> clean(List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
                .toList();
        return kept.isEmpty() ? null : kept;
    }
}

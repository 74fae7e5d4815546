package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of the cuts that bound a reported statement, read from {@code span-bounds.tsv} (one file for
 * {@link ReportedSpanBounds} and {@link SpeakingCircumstance}): each row names its cut, the word's role in it, and
 * the word.
 */
final class SpanBoundWords {

    private static final java.util.List<String[]> ROWS = Gazetteer.rows("/extract/span-bounds.tsv");

    private SpanBoundWords() {
    }

    /** The words of {@code cut} in {@code role}, lower case. */
    static Set<String> of(String cut, String role) {
        Set<String> words = ROWS.stream()
                .filter(r -> Gazetteer.col(r, 0).trim().equals(cut) && Gazetteer.col(r, 1).trim().equals(role))
                .map(r -> Gazetteer.col(r, 2).trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        if (words.isEmpty()) {
            throw new IllegalStateException("span-bounds.tsv has no words for " + cut + " " + role);
        }
        return words;
    }
}

package org.saidgraph.extract;

import java.util.Set;

/**
 * The words of the cuts that bound a reported statement, read from {@code span-bounds.tsv} (one file for
 * {@link ReportedSpanBounds} and {@link SpeakingCircumstance}): each row names its cut, the word's role in it, and
 * the word.
 */
final class SpanBoundWords {

    private SpanBoundWords() {
    }

    /** The words of {@code cut} in {@code role}, lower case. */
    static Set<String> of(String cut, String role) {
        return Gazetteer.words("/extract/span-bounds.tsv", cut, role);
    }
}

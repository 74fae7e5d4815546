package org.saidgraph.extract;

/**
 * A quotation: {@code open}/{@code close} are the positions of its marks ({@code close} is the paragraph end when a
 * quote runs on without a closing mark, as when a quote continues in the next paragraph); {@code start}/{@code end}
 * bound the words between the marks. {@code nested} marks a single-quoted term inside a double-quoted quote.
 */
public record Quote(int open, int close, int start, int end, boolean nested) {

    public String text(String article) {
        return article.substring(start, end);
    }

    /** Position just after the closing mark (or the end of the words when there is none). */
    public int after() {
        return Math.max(close + 1, end);
    }
}

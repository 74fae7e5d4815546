package org.saidgraph.dataset;

/**
 * "The sentence around it": widens a span of article text to whole sentences, ending at {@code . ! ?} (with any
 * closing quotation marks) or at a line break.
 */
public final class Passages {

    private static final String CLOSERS = "\"'”’»)]";

    private Passages() {
    }

    /** The sentence(s) of {@code text} containing {@code [start, end)}, trimmed. */
    public static String around(String text, int start, int end) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int[] bounds = bounds(text, start, end);
        return text.substring(bounds[0], bounds[1]);
    }

    /** Where the sentence(s) of {@code text} containing {@code [start, end)} begin and end, without outer spaces. */
    public static int[] bounds(String text, int start, int end) {
        if (text == null || text.isEmpty()) {
            return new int[]{0, 0};
        }
        start = Math.max(0, Math.min(start, text.length()));
        end = Math.max(start, Math.min(end, text.length()));
        int from = start;
        while (from > 0 && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = end;
        if (to > start && isTerminal(text.charAt(to - 1))) {
            to = skipClosers(text, to);
        } else {
            while (to < text.length() && text.charAt(to) != '\n' && !isTerminal(text.charAt(to))) {
                to++;
            }
            if (to < text.length() && isTerminal(text.charAt(to))) {
                to = skipClosers(text, to + 1);
            }
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[]{from, to};
    }

    /** True when position {@code i} ends a sentence: a line break, or terminal punctuation followed by a space. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (Character.isWhitespace(c) && i > 0) {
            int j = i - 1;
            while (j >= 0 && CLOSERS.indexOf(text.charAt(j)) >= 0) {
                j--;
            }
            return j >= 0 && isTerminal(text.charAt(j));
        }
        return false;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static int skipClosers(String text, int i) {
        while (i < text.length() && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}

package org.saidgraph.query;

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
        return text.substring(from, to).strip();
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

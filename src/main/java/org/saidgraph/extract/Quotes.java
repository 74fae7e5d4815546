package org.saidgraph.extract;

/** The quotation marks newspapers use, and which way each may face. */
final class Quotes {

    private Quotes() {
    }

    static boolean isMark(char c) {
        return "\"'“”‘’„‚«»‹›".indexOf(c) >= 0;
    }

    /**
     * Whether a token is a quotation mark: one of {@link #isMark(char)}, or the tokenizer's {@code ``} or {@code ''}.
     */
    static boolean isMark(Analysis.Token t) {
        String w = t.word();
        return w.equals("``") || w.equals("''") || w.length() == 1 && isMark(w.charAt(0));
    }

    /**
     * Whether {@code c} may open a quotation in English news: a straight mark, or a left curly one. Not a right
     * curly single mark, which is far more often an apostrophe ("the mayor’s").
     */
    static boolean mayOpen(char c) {
        return "\"“‘'".indexOf(c) >= 0;
    }

    /** Whether {@code c} may close a quotation: a straight mark, or a right curly one. */
    static boolean mayClose(char c) {
        return "\"”’'".indexOf(c) >= 0;
    }

    static boolean isDoubleOpener(char c) {
        return c == '“' || c == '„' || c == '«';
    }

    static boolean isDoubleCloser(char c) {
        return c == '”' || c == '»';
    }

    static boolean isSingle(char c) {
        return c == '\'' || c == '‘' || c == '’' || c == '‚' || c == '‹' || c == '›';
    }
}

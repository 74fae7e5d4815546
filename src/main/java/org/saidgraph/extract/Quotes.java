package org.saidgraph.extract;

/** The quotation marks newspapers use, and which way each may face. */
final class Quotes {

    private Quotes() {
    }

    static boolean isMark(char c) {
        return "\"'“”‘’„‚«»‹›".indexOf(c) >= 0;
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

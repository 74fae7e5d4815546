package org.saidgraph.extract;

/**
 * Step colon-after-object: a speech verb's noun object closed by a colon with the rest of its sentence after it
 * ("named two goals: lower fares and later buses", "outlined a three-step plan: hire, train, retain"). The noun
 * announces what was said and the words after the colon spell it out, so the statement runs on to the sentence's end.
 * Not when a quotation mark stands after the colon (a quotation reading of its own) or when the colon closes its
 * paragraph (the words then stand in the next paragraph, a block this reading does not reach). Session 29, all 840
 * train: the shape stands 4 times; 2 statements now match their gold strictly, 1 reported attribution is newly found,
 * none lost.
 */
final class ColonAfterObject {

    private ColonAfterObject() {
    }

    /**
     * The last token before the sentence's closing punctuation when the object ending at {@code objectEnd} is
     * followed by a colon and more words in the same paragraph, none of them a quotation mark; {@code objectEnd}
     * otherwise.
     */
    static int end(Analysis a, String text, int objectEnd, int sentenceEnd) {
        int colon = objectEnd + 1;
        if (colon + 1 >= sentenceEnd || !a.token(colon).word().equals(":")) {
            return objectEnd;
        }
        int last = sentenceEnd - 1;
        while (last > colon && isClosing(a.token(last).word())) {
            last--;
        }
        if (last <= colon || text.substring(a.token(colon).end(), a.token(colon + 1).start()).indexOf('\n') >= 0) {
            return objectEnd;
        }
        for (int i = colon + 1; i <= last; i++) {
            if (Quotes.isMark(a.token(i))) {
                return objectEnd;
            }
        }
        return last;
    }

    private static boolean isClosing(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";");
    }
}

package org.saidgraph.extract;

/**
 * A quotation of fewer than three words that is a sentence of its own is speech, not a term or scare quotes
 * ({@link QuoteSieves.Term}): it opens a paragraph or follows the end of a sentence or a colon, begins with a capital
 * letter and ends with its own full stop, question or exclamation mark inside the marks — "“…,” said Jane Roe.
 * “It's insulting.”", "Roe was blunt: “It will.”", "“Shameful.”" in a paragraph of its own. A term in quotation
 * marks stands inside the reporter's sentence ("the plan she called “a farce.”"), after words of it.
 */
final class ShortSentenceQuote {

    private ShortSentenceQuote() {
    }

    static boolean wholeSentence(Draft d, Quote q) {
        String text = d.text;
        String words = text.substring(q.start(), q.end()).strip();
        if (words.isEmpty() || !Character.isUpperCase(words.codePointAt(0))
                || ".!?".indexOf(words.charAt(words.length() - 1)) < 0) {
            return false;
        }
        int i = q.open() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < d.layout.paragraphAt(q.open()).start() || ".!?:".indexOf(text.charAt(i)) >= 0;
    }
}

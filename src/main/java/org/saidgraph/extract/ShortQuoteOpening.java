package org.saidgraph.extract;

/**
 * A quotation of fewer than three words is a term or scare quotes ({@link QuoteSieves.Term}) unless it opens a
 * quotation its attribution splits: "“Meh,” wrote a supporter. “What does the council know?”", "“I'm honored!” she
 * said. “It gives me goosebumps.”" — one attribution in PolNeAR, whose second piece would otherwise be left to the
 * last speaker. Kept, the short piece is attributed by the words after it and the next piece joins it.
 */
final class ShortQuoteOpening {

    /** The longest attribution between the two pieces, in characters. */
    private static final int MAX_BETWEEN = 100;

    private ShortQuoteOpening() {
    }

    static boolean opensSplitQuotation(Draft d, Quote q) {
        String text = d.text;
        String words = text.substring(q.start(), q.end()).strip();
        int after = Math.min(q.after(), text.length());
        char last = words.isEmpty() ? ' ' : words.charAt(words.length() - 1);
        String rest = text.substring(after).stripLeading();
        if (!(last == ',' || last == '!' || last == '?' || rest.startsWith(","))) {
            return false;
        }
        Quote next = null;
        for (Quote o : d.quotes) {
            if (!o.nested() && o.open() >= after && (next == null || o.open() < next.open())) {
                next = o;
            }
        }
        if (next == null || d.layout.paragraphIndex(next.open()) != d.layout.paragraphIndex(q.open())
                || next.open() - after > MAX_BETWEEN) {
            return false;
        }
        String between = text.substring(after, next.open());
        return between.chars().anyMatch(Character::isLetter) && d.clauses.verbs(between).find();
    }
}

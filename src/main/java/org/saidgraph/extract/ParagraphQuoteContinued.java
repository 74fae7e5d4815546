package org.saidgraph.extract;

/**
 * A paragraph that is nothing but a quotation, with no attribution of its own, right after a paragraph whose quotation
 * the same speaker said, goes on with that statement ("“A,” she said.¶“B.”"), as PolNeAR annotates it: on the whole
 * PolNeAR {@code train} compartment, of 72 paragraphs that are a single quotation following a paragraph holding one,
 * 57 are annotated as part of the attribution before them, 7 as an attribution of their own, 6 not at all. A quotation
 * with a speaker label of a transcript, or with a cue of its own, is not this continuation (the attribution sieves
 * decide those first; only {@link QuoteSieves.CarryOver} gives a quotation the speaker and cue of the one before).
 */
final class ParagraphQuoteContinued {

    private ParagraphQuoteContinued() {
    }

    /** Whether the quotation {@code q}, attributed as {@code f}, continues {@code previous} in the paragraph after. */
    static boolean continues(Draft d, Found previous, Found f, Quote q) {
        if (!"quote-carry-over".equals(f.rule) || previous.speaker == null || !previous.speaker.equals(f.speaker)) {
            return false;
        }
        TextLayout layout = d.layout;
        int[] last = previous.parts.get(previous.parts.size() - 1);
        int paragraph = layout.paragraphIndex(q.open());
        if (layout.paragraphIndex(last[0]) != paragraph - 1) {
            return false;
        }
        TextLayout.Range p = layout.paragraphs().get(paragraph);
        if (p.start() != q.open() || !closedDoubleQuotation(d.text, q, p)) {
            return false;
        }
        String rest = d.text.substring(Math.min(q.after(), p.end()), p.end());
        // The paragraph before ends with the quotation's attribution, not a sentence of the reporter's ("“A,” he
        // added. He then put a question to the room.¶“B?”" is a new question), nor a second act of speech.
        return rest.chars().noneMatch(Character::isLetterOrDigit) && QuotationsApart.rule(d, last[1], q) == null;
    }

    /**
     * Double marks at both ends ("…", “…”, ''…'' as some papers print them): a single-quoted line is a section heading
     * ('A Heading.'), and a paragraph opened by a mark it never closes is a block quotation's, not a quotation.
     */
    private static boolean closedDoubleQuotation(String text, Quote q, TextLayout.Range p) {
        if (q.close() >= p.end() || !Quotes.isMark(text.charAt(q.close()))) {
            return false;
        }
        return doubled(text, q.open(), 1) && doubled(text, q.close(), -1);
    }

    private static boolean doubled(String text, int mark, int inward) {
        char c = text.charAt(mark);
        if (!Quotes.isSingle(c)) {
            return true;
        }
        int other = mark + inward;
        return other >= 0 && other < text.length() && text.charAt(other) == c;
    }
}

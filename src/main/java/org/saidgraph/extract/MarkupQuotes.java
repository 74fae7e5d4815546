package org.saidgraph.extract;

/**
 * Rule {@code markup-quote}: a quotation whose opening mark is the value of an attribute of markup left in the text
 * — {@code <tweet author="@roe" date="March 9">…} — pairs the attribute's marks, not a speaker's words: its mark
 * stands right after "=", or inside a "<" the text has not closed with ">". On PolNeAR train every such quotation
 * (5) found no attribution.
 */
final class MarkupQuotes implements NotSpeechFilters.QuotationFilter {

    @Override
    public String name() {
        return "markup-quote";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (!f.verbatim) {
            return false;
        }
        String text = draft.text;
        int mark = f.start - 1;
        while (mark >= 0 && Quotes.isMark(text.charAt(mark))) {
            mark--;
        }
        if (mark < 0 || mark == f.start - 1) {
            return false;
        }
        if (text.charAt(mark) == '=') {
            return true;
        }
        int open = text.lastIndexOf('<', mark);
        int line = text.lastIndexOf('\n', mark);
        return open > line && text.indexOf('>', open) > mark;
    }
}

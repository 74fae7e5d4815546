package org.saidgraph.extract;

/**
 * Rule {@code byline-title}: a quotation followed, right after its closing mark, by "by" and a capitalized name (or
 * "the" and one) —
 * "“Museum to close its doors,” by the Gazette's Jane Roe: …", "''A Family Saga,'' by John Doe" — is the title of a
 * piece or a book, credited to its author, as link round-ups and book mentions write it; it is not words of whoever
 * spoke last. On PolNeAR train every such quotation (6) found no attribution.
 */
final class BylineTitles implements NotSpeechFilters.QuotationFilter {

    @Override
    public String name() {
        return "byline-title";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (!f.verbatim || "displayed-words".equals(f.rule)) {
            return false;
        }
        String text = draft.text;
        int i = f.end;
        boolean closed = false;
        while (i < text.length() && (Quotes.isMark(text.charAt(i)) || text.charAt(i) == ',')) {
            closed |= Quotes.isMark(text.charAt(i));
            i++;
        }
        if (!closed || i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        i++;
        if (!text.startsWith("by ", i)) {
            return false;
        }
        i += 3;
        if (text.startsWith("the ", i)) {
            i += 4; // "by the Gazette's Jane Roe"
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }
}

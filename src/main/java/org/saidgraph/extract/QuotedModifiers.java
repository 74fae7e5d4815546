package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code quoted-modifier}: a quotation that modifies the noun right after its closing mark — "“Tides of
 * Kellby” star Jane Roe", "a group in “We Are One” T-shirts", "a “defeat the establishment” theme" — names that thing
 * (a show, a slogan on a shirt, a campaign's theme); it is not a statement of whoever spoke last. The nouns are data
 * ({@code after} rows of {@code src/main/resources/extract/work-titles.tsv}). A quotation a comma or other
 * punctuation closes ("“…,” the senator said") is never judged.
 */
final class QuotedModifiers implements NotSpeechFilters.QuotationFilter {

    private static final Set<String> AFTER = Gazetteer.words("/extract/work-titles.tsv", "after");

    @Override
    public String name() {
        return "quoted-modifier";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (!f.verbatim || f.parts.size() > 1 || "displayed-words".equals(f.rule)
                || draft.layout.inHeadline(f.start)
                || StatementFeatures.words(draft.text, f.start, f.end) > WorkTitles.LONGEST) {
            return false;
        }
        String text = draft.text;
        for (int c = f.start; c < f.end; c++) {
            if (Quotes.isMark(text.charAt(c)) && !Quotes.isSingle(text.charAt(c))) {
                return false; // marks paired across a quotation inside: the words are not one phrase
            }
        }
        if (WorkTitles.before(draft, f).endsWith(":")) {
            return false; // "tweeted: “…”"
        }
        int i = f.end;
        if (i > f.start && !Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false; // "…,” / "….”": the words end in punctuation inside the marks
        }
        if (i >= text.length() || !Quotes.isMark(text.charAt(i))) {
            return false;
        }
        while (i < text.length() && Quotes.isMark(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        int a = draft.analysis.tokenAt(i + 1);
        if (a < 0) {
            return false;
        }
        Analysis.Token t = draft.analysis.token(a);
        String tag = t.tag() == null ? "" : t.tag();
        boolean noun = tag.equals("NN") || tag.equals("NNS");
        return noun && AFTER.contains(t.word().toLowerCase(Locale.ROOT));
    }
}

package org.saidgraph.extract;

/**
 * Rule {@code quoted-subhead}: a paragraph that is nothing but a short quotation in single marks — "‘A really tough
 * decision.’" between two paragraphs of narration — is a subheading that repeats a line of the section below it (as
 * newspapers set them), not a statement of its own: the words are attributed where they are said. Double marks are
 * not judged: a paragraph of only a quotation in double marks is ordinary speech going on from the paragraph before.
 */
final class QuotedSubheads implements NotSpeechFilters.QuotationFilter {

    /** The longest subheading judged, in words. */
    static final int LONGEST = 8;

    @Override
    public String name() {
        return "quoted-subhead";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (!f.verbatim || f.parts.size() > 1 || draft.layout.inHeadline(f.start)
                || StatementFeatures.words(draft.text, f.start, f.end) > LONGEST) {
            return false;
        }
        TextLayout.Range paragraph = draft.layout.paragraphAt(f.start);
        String text = draft.text;
        String before = text.substring(paragraph.start(), f.start).strip();
        String after = text.substring(f.end, Math.max(f.end, paragraph.end())).strip();
        return single(before) && single(after);
    }

    /** One or two single marks and nothing else ("‘", "'", "’"). */
    private static boolean single(String marks) {
        if (marks.isEmpty() || marks.length() > 2) {
            return false;
        }
        for (char c : marks.toCharArray()) {
            if (!Quotes.isSingle(c)) {
                return false;
            }
        }
        return true;
    }
}

package org.saidgraph.extract;

import java.util.regex.Pattern;

/**
 * A name and a colon right before a quotation, where the name opens its paragraph or follows a dash: "Jane Roe: “…”",
 * "The turnout question - Jane Roe: “…”", "What it means - More from Roe: “…”" (a roundup's lines, a transcript's
 * speaker). The name is the speaker (rule {@value #RULE}); the sentence has no verb for {@code quote-colon-lead-in} to
 * read, and such quotations fell to the last speaker named before them.
 */
final class NameColonLeadIn implements QuoteSieves.QuoteSieve {

    static final String RULE = "quote-name-colon";

    /** What may stand between the opening of the paragraph, or a dash, and the name. */
    private static final Pattern BEFORE_NAME = Pattern.compile("(?:^|.*\\s[-–—]\\s*|.*[–—]\\s*)(?i:more\\s+from\\s+)?");

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        Draft d = c.draft();
        String text = d.text;
        int open = c.quote().open();
        int colon = open - 1;
        while (colon >= 0 && Character.isWhitespace(text.charAt(colon))) {
            colon--;
        }
        if (colon < 0 || text.charAt(colon) != ':') {
            return null;
        }
        TextLayout.Range paragraph = d.layout.paragraphAt(open);
        if (colon < paragraph.start() || d.layout.paragraphIndex(open) == 0) {
            return null; // the headline ("Roe Praises Editor Jane Doe: ‘…’") quotes what its article reports
        }
        Mention name = null;
        for (Mention m : d.entities.mentions) {
            if ((m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION)
                    && m.titleStart() >= paragraph.start() && m.end() <= colon
                    && text.substring(m.end(), colon).isBlank()) {
                name = m;
            }
        }
        if (name == null) {
            return null;
        }
        String before = text.substring(paragraph.start(), name.titleStart());
        if (!BEFORE_NAME.matcher(before).matches()) {
            return null;
        }
        String speaker = d.resolver.resolve(name, c.lastSpeaker());
        if (speaker == null) {
            return null;
        }
        return QuoteSieves.Decision.speaks(c.statementBy(RULE, speaker, name.titleStart(), name.end(), 0.6));
    }
}

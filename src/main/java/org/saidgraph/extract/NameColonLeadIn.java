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

    /**
     * Rule {@value #DASH_RULE} (session 30): the dash shape ("A claim in capitals - Jane Roe: “…”", a poll roundup's
     * line) is decided before {@code quote-colon-lead-in}, which reads the words before the dash as the lead-in's
     * clause and gives the quotation to its subject ("RIVER TOWNS LEAN …" gives "River", "The newest survey shows …"
     * the survey). The name right before the colon is who is quoted.
     */
    static final String DASH_RULE = "quote-dash-name-colon";

    /**
     * What must stand before the name for the early reading: a dash, after the claim it sums up, and perhaps a first
     * author ("- Jane Roe and Tom Vey:", {@link #firstAuthor}). The claim may run over a line break, which the late
     * reading's pattern does not cross.
     */
    private static final Pattern DASH_BEFORE_NAME = Pattern.compile(
            "(?s).*\\S\\s*(?:\\s[-–—]|[–—])\\s*(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}and\\s+)?");

    private final boolean dashOnly;

    /** The rule as it always ran, late among the guesses. */
    NameColonLeadIn() {
        this(false);
    }

    /** With {@code dashOnly}, only a name after a dash, and early (rule {@value #DASH_RULE}). */
    NameColonLeadIn(boolean dashOnly) {
        this.dashOnly = dashOnly;
    }

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
        if (colon < paragraph.start() || d.layout.inHeadline(open)) {
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
        if (!(dashOnly ? DASH_BEFORE_NAME : BEFORE_NAME).matcher(before).matches()) {
            return null;
        }
        if (dashOnly) {
            name = firstAuthor(d, name);
        }
        String speaker = d.resolver.resolve(name, c.lastSpeaker());
        if (speaker == null) {
            return null;
        }
        String rule = dashOnly ? DASH_RULE : RULE;
        return QuoteSieves.Decision.speaks(c.statementBy(rule, speaker, name.titleStart(), name.end(), 0.6));
    }

    /**
     * "- Jane Roe and Tom Vey:": two authors of one piece; the first named, as a byline lists its lead author first,
     * is taken for both (a statement has one speaker).
     */
    private static Mention firstAuthor(Draft d, Mention last) {
        for (Mention m : d.entities.mentions) {
            if (m.kind() == Mention.Kind.PERSON && m.end() < last.titleStart()
                    && d.text.substring(m.end(), last.titleStart()).matches("\\s+and\\s+")) {
                return m;
            }
        }
        return last;
    }
}

package org.saidgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@value #RULE}: a quotation that is a paragraph of its own, signed in the paragraph right after it by a dash
 * and a name — "“…”" then "- Jane Roe." or "—Jane Roe, Ohio." (a fact-check's or a notebook's quoted lines, each
 * followed by who said it) — is that name's. {@link QuoteSieves.SignedAfter} reads the signature on the quotation's
 * own line; here it stands on the next one, and such quotations fell to the last speaker named before them.
 * The signature paragraph must be short and hold nothing but the dash, the name and a tail after a comma, and it
 * must not close with a dash (a subheading set between dashes, "– Old hands –", is no signature).
 */
final class SignedBelow implements QuoteSieves.QuoteSieve {

    static final String RULE = "quote-signed-below";

    private static final Pattern DASH = Pattern.compile("^[\\s\\h]*[-–—―][\\s\\h]*");
    private static final int LONGEST = 100;

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        Draft d = c.draft();
        String text = d.text;
        Quote q = c.quote();
        int index = d.layout.paragraphIndex(q.open());
        TextLayout.Range paragraph = d.layout.paragraphAt(q.open());
        if (paragraph.start() != q.open() || !text.substring(Math.min(q.after(), paragraph.end()), paragraph.end())
                .matches("[\\s\\h.,]*") || index + 1 >= d.layout.paragraphs().size()) {
            return null;
        }
        TextLayout.Range next = d.layout.paragraphs().get(index + 1);
        String line = text.substring(next.start(), next.end());
        Matcher dash = DASH.matcher(line);
        if (line.length() > LONGEST || !dash.lookingAt() || line.strip().matches(".*[-–—―]\\W*")) {
            return null;
        }
        int nameStart = next.start() + dash.end();
        Mention name = QuoteSieves.nameAt(d, nameStart);
        int nameEnd;
        String speaker;
        if (name != null) {
            nameEnd = name.end();
            speaker = d.resolver.resolve(name, c.lastSpeaker());
        } else {
            Matcher words = QuoteSieves.SignedAfter.SIGNED_NAME.matcher(text.substring(nameStart, next.end()));
            if (!words.lookingAt()) {
                return null;
            }
            nameEnd = nameStart + words.end();
            speaker = d.resolver.named(words.group());
        }
        if (speaker == null || !text.substring(nameEnd, next.end()).matches("[\\s\\h]*(?:[.,;].{0,80})?[\\s\\h]*")) {
            return null;
        }
        return QuoteSieves.Decision.speaks(c.statementBy(RULE, speaker, nameStart, nameEnd, 0.8));
    }
}

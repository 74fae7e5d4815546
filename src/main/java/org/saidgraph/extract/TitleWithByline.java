package org.saidgraph.extract;

import java.util.regex.Pattern;

/**
 * A quotation followed by a byline, "—“Ferry fares to double,” by the Gazette's Jane Roe: …", is the title of a piece a
 * roundup lists, not words the last speaker said: it is dropped (rule {@value #RULE}) before {@code
 * quote-last-speaker} would give it to whoever spoke last. On PolNeAR train every such title that fell to that rule
 * was a false statement.
 */
final class TitleWithByline implements QuoteSieves.QuoteSieve {

    static final String RULE = "quote-title-byline";

    private static final Pattern BYLINE = Pattern.compile("^[\\s\\h]*,?[\\s\\h]*by[\\s\\h]+(?:the[\\s\\h]+)?\\p{Lu}");

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        String text = c.text();
        Quote q = c.quote();
        int from = Math.min(q.after(), text.length());
        String words = text.substring(q.start(), q.end()).stripTrailing();
        boolean comma = words.endsWith(",") || from < text.length() && text.charAt(from) == ',';
        if (!comma) {
            return null;
        }
        String after = text.substring(from, Math.min(text.length(), from + 40));
        return BYLINE.matcher(after).find() ? QuoteSieves.Decision.DROPS : null;
    }
}

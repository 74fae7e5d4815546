package org.saidgraph.extract;

import java.util.regex.Pattern;

/**
 * Rule {@code byline-title}: a quotation followed, right after its closing mark, by "by" and a capitalized name (or
 * "the" and one) —
 * "“Museum to close its doors,” by the Gazette's Jane Roe: …", "''A Family Saga,'' by John Doe" — is the title of a
 * piece or a book, credited to its author, as link round-ups and book mentions write it; it is not words of whoever
 * spoke last. On PolNeAR train every such quotation (6) found no attribution.
 * <p>A link round-up quotes the title, then after the author and a colon an excerpt of the piece. Session 28 (noov28)
 * drops two more pieces of that shape: a quotation that joins the title with the excerpt (a byline and a colon follow
 * a closing mark inside it) and the excerpt itself (a title's closing mark, a byline and a colon just before it). On
 * all 840 train these were 8 statements, all 8 false (no gold overlapped them); found and speakers unchanged, precision
 * 11087/12773 → 11087/12765.
 */
final class BylineTitles implements NotSpeechFilters.QuotationFilter {

    /** A byline ending just before an excerpt: a closing mark, "by" a capitalized name, a colon, an opening mark. */
    private static final Pattern EXCERPT =
            Pattern.compile("[\\p{Pf}\"'’”]\\s*by (the )?\\p{Lu}[^:\"“”\\n]{0,60}:\\s*[\"“']{0,2}$");
    /** A closing mark inside a quotation, then "by" a capitalized name and a colon: a title joined to its excerpt. */
    private static final Pattern JOINED = Pattern.compile("[\\p{Pf}\"'’”]+,?\\s*by (the )?\\p{Lu}[^:\"“”\\n]{0,60}:");
    /** How far before a quotation a byline is looked for. */
    private static final int REACH = 90;

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
        if (creditedAt(text, f.end)) {
            return true;
        }
        for (int i = f.start + 1; i < f.end; i++) {
            if (Quotes.isMark(text.charAt(i)) && !Quotes.isMark(text.charAt(i - 1))
                    && JOINED.matcher(text).region(i, Math.min(text.length(), i + REACH)).lookingAt()) {
                return true; // the title and the excerpt joined into one quotation
            }
        }
        return EXCERPT.matcher(text.substring(Math.max(0, f.start - REACH), f.start)).find();
    }

    /** Whether closing marks (and a comma) at {@code from} are followed by "by" and a capitalized name. */
    private static boolean creditedAt(String text, int from) {
        int i = from;
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

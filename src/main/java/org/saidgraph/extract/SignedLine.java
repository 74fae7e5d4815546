package org.saidgraph.extract;

import java.util.regex.Pattern;

/**
 * Rule {@value #RULE}: a pull quotation whose marks hold a signature line — a quotation that opens its paragraph and
 * runs to its end without a closing mark, then a short next line that names the speaker and closes the marks:
 * {@code "We will rebuild the pier by spring.} / {@code Jane Roe, Harbor Trust."} — is the signed name's words. The
 * quotation finder ends such a quotation at its line, so it fell to the last speaker named before it (or was carried
 * over from the quotation before), who is someone else: the signature is how the piece names the speaker. The
 * signature line must be short, hold no other quotation mark, and hold a person or organization the tagger finds
 * within its first words, with nothing after the name but a tail after a comma (an affiliation or a title).
 */
final class SignedLine implements QuoteSieves.QuoteSieve {

    static final String RULE = "quote-signed-line";

    private static final int LONGEST = 100;
    /** Words a title may put before the name ("Former state party chair Jane Roe"). */
    private static final int TITLE_WORDS = 5;
    private static final Pattern CLOSES = Pattern.compile(".*[^\"“”]\\.?[\"”][\\s\\h]*", Pattern.DOTALL);

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        Draft d = c.draft();
        String text = d.text;
        Quote q = c.quote();
        TextLayout.Range paragraph = d.layout.paragraphAt(q.open());
        int index = d.layout.paragraphIndex(q.open());
        if (paragraph == null || paragraph.start() != q.open() || index + 1 >= d.layout.paragraphs().size()
                || q.after() < paragraph.end() - 1 || closedInParagraph(text, paragraph)) {
            return null;
        }
        TextLayout.Range next = d.layout.paragraphs().get(index + 1);
        String line = text.substring(next.start(), next.end());
        if (line.length() > LONGEST || !CLOSES.matcher(line).matches()
                || line.chars().filter(ch -> ch == '"' || ch == '“' || ch == '”').count() != 1) {
            return null;
        }
        Mention name = null;
        for (Mention m : d.entities.mentions) {
            if (m.start() >= next.start() && m.end() <= next.end()
                    && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION)) {
                name = m;
                break;
            }
        }
        if (name == null || words(text.substring(next.start(), name.start())) > TITLE_WORDS
                || !text.substring(name.end(), next.end()).matches("[\\s\\h]*(?:,[^\"“”]{0,80})?\\.?[\"”][\\s\\h]*")) {
            return null;
        }
        String speaker = d.resolver.resolve(name, c.lastSpeaker());
        if (speaker == null) {
            return null;
        }
        return QuoteSieves.Decision.speaks(c.statementBy(RULE, speaker, name.start(), name.end(), 0.8));
    }

    /** Whether the paragraph's last mark closes its quotation (then the quotation has no signature line). */
    private static boolean closedInParagraph(String text, TextLayout.Range paragraph) {
        String p = text.substring(paragraph.start(), paragraph.end()).strip();
        return p.endsWith("\"") || p.endsWith("”") || p.endsWith("\",") || p.endsWith("”,");
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}

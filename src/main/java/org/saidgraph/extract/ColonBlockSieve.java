package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A colon after a speech verb followed by text without quotation marks ("He tweeted: F**k off …"): the rest of the
 * paragraph, or the next one, or a list set after the colon (one item a line), is a verbatim statement of the verb's
 * subject.
 */
final class ColonBlockSieve implements StatementSieve {

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-–—•*·]|\\d{1,2}[.)])\\s+");


    /** "He tweeted: F**k off …" with no quotation marks: the rest of the paragraph, or the next one, is the words. */
    @Override
    public List<Found> find(Draft draft) {
        String text = draft.text;
        TextLayout layout = draft.layout;
        List<Quote> quotes = draft.quotes;
        SpeakerResolver resolver = draft.resolver;
        List<Found> statements = new ArrayList<>();
        Matcher v = draft.clauses.verbs(text);
        while (v.find()) {
            int colon = v.end();
            while (colon < text.length() && text.charAt(colon) == ' ') {
                colon++;
            }
            if (colon >= text.length() || text.charAt(colon) != ':' || resolver.insideQuote(v.start())) {
                continue;
            }
            int start = colon + 1;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start >= text.length() || Quotes.isMark(text.charAt(start))) {
                continue;
            }
            int s0 = start;
            if (quotes.stream().anyMatch(q -> q.open() >= s0 && q.open() < layout.paragraphAt(s0).end())) {
                continue;
            }
            int end = layout.paragraphAt(start).end();
            boolean colonEndsParagraph = layout.paragraphIndex(start) > layout.paragraphIndex(colon);
            if (colonEndsParagraph && LIST_ITEM.matcher(text.substring(start, end)).lookingAt()) {
                // A list set after the colon: every following line that is an item belongs to the words.
                int p = layout.paragraphIndex(start) + 1;
                while (p < layout.paragraphs().size() && LIST_ITEM.matcher(text.substring(
                        layout.paragraphs().get(p).start(), layout.paragraphs().get(p).end())).lookingAt()) {
                    end = layout.paragraphs().get(p).end();
                    p++;
                }
            }
            Mention subject = resolver.subjectBefore(v.start(), layout.sentenceAt(v.start()).start());
            if (subject == null) {
                continue;
            }
            String speaker = resolver.resolve(subject, null);
            if (speaker == null) {
                continue;
            }
            Found f = new Found(start, end, true);
            f.speaker = speaker;
            f.act = draft.clauses.actOf(v.group());
            f.rule = "colon-block";
            f.cue = v.start();
            f.cueEnd = v.end();
            f.confidence = 0.6;
            statements.add(f);
        }
        return statements;
    }
}

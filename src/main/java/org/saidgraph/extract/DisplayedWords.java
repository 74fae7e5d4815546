package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rule {@code displayed-words}: a quotation that is the writing on something held up, worn or put up — "held a sign
 * reading “…”", "wore a hat that says “…”", "carrying placards saying “…”" — is the words of whoever holds or wears
 * it: the subject of the clause whose object the thing is (or of the clause that clause hangs on, for "marched,
 * carrying signs saying …"). When the parse names no such subject (a person, organization, group or a pronoun that
 * resolves to one), the sieves that read the quotation's own sentence still may; {@code quote-carry-over} skips it
 * and {@link Unheld} drops it before {@code quote-last-speaker}: giving it to whoever spoke last would put a slogan in
 * the mouth of someone who only stood in the same room.
 *
 * <p>The things are data ({@code src/main/resources/extract/displayed-words.tsv}). On PolNeAR train the shape occurs
 * a dozen times, and the gold gives the words to the holder or wearer ("X held up a sign saying “…”").
 */
final class DisplayedWords implements QuoteSieves.QuoteSieve {

    private static final String NOUNS = Gazetteer.rows("/extract/displayed-words.tsv").stream()
            .map(r -> Pattern.quote(r[0].trim().toLowerCase(Locale.ROOT)))
            .collect(Collectors.joining("|"));
    /** The thing, then "reading", "that read", "which says", "saying" …, then at most a comma or colon. */
    private static final Pattern LEAD_IN = Pattern.compile("(?i)\\b(?:" + NOUNS + ")s?(?:\\s+(?:that|which))?\\s+"
            + "(?:read|reads|reading|said|says|saying)\\s*[,:]?\\s*$");
    /** How far up from the thing the holding verb's subject is looked for ("carrying signs" → "marched" → "they"). */
    private static final int CLIMB = 3;

    /**
     * Rule {@code displayed-words-unheld}, just before {@code quote-last-speaker}: displayed words nothing in their
     * own sentence attributed are dropped rather than given to whoever spoke last.
     */
    static final class Unheld implements QuoteSieves.QuoteSieve {
        @Override
        public QuoteSieves.Decision decide(QuoteSieves.Context c) {
            return displayed(c) ? QuoteSieves.Decision.DROPS : null;
        }
    }

    /** Whether the quotation is the writing on a thing; {@code quote-carry-over} does not give it to the last one. */
    static boolean displayed(QuoteSieves.Context c) {
        return leadIn(c.draft(), c.quote()) != null;
    }

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        Draft d = c.draft();
        Quote q = c.quote();
        Matcher m = leadIn(d, q);
        if (m == null) {
            return null;
        }
        TextLayout.Range sentence = d.layout.sentenceAt(q.open());
        int thing = d.analysis.tokenAt(sentence.start() + m.start());
        // The parse reads only sentences with a speech verb: in others, the sentence's subject read from the text.
        Mention holder = thing >= 0 && d.analysis.parsed(thing) ? holder(d, thing)
                : QuoteSentenceSubject.subject(d, sentence.start(), sentence.start() + m.start());
        String speaker = holder == null ? null : d.resolver.resolve(holder, c.lastSpeaker());
        if (speaker == null) {
            return null;
        }
        Found f = c.statement("displayed-words");
        f.speaker = speaker;
        f.sourceStart = holder.start();
        f.sourceEnd = holder.end();
        f.confidence = 0.5;
        return QuoteSieves.Decision.speaks(f);
    }

    /** The lead-in naming the thing, matched in the text of the quotation's sentence before it; null when none. */
    private static Matcher leadIn(Draft d, Quote q) {
        TextLayout.Range sentence = d.layout.sentenceAt(q.open());
        if (sentence == null || sentence.start() >= q.open()) {
            return null;
        }
        Matcher m = LEAD_IN.matcher(d.text.substring(sentence.start(), q.open()));
        return m.find() ? m : null;
    }

    /** The mention that is the subject of the verb the thing hangs on, climbing a few heads; null when none. */
    private static Mention holder(Draft d, int thing) {
        Analysis a = d.analysis;
        String relation = a.relation(thing);
        if (relation != null && relation.startsWith("nsubj")) {
            // "the campaign's banner said “…”", "a Transportation Department sign read “…”": the owner named in the
            // thing's own phrase, if any.
            for (String owner : List.of("nmod:poss", "compound")) {
                for (int child : a.children(thing, owner)) {
                    Mention m = mentionAt(d, a.token(child));
                    if (m != null && m.kind() != Mention.Kind.PRONOUN) {
                        return m;
                    }
                }
            }
            return null;
        }
        int at = a.head(thing);
        for (int step = 0; step < CLIMB && at >= 0; step++, at = a.head(at)) {
            List<Integer> subjects = a.children(at, "nsubj");
            if (!subjects.isEmpty()) {
                return mentionAt(d, a.token(subjects.get(0)));
            }
        }
        return null;
    }

    private static Mention mentionAt(Draft d, Analysis.Token token) {
        for (Mention m : d.entities.mentions) {
            boolean speaks = m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION
                    || m.kind() == Mention.Kind.GROUP || m.kind() == Mention.Kind.PRONOUN
                    || m.kind() == Mention.Kind.DESCRIPTION;
            if (speaks && m.start() < token.end() && token.start() < m.end() && !d.resolver.insideQuote(m.start())) {
                return m;
            }
        }
        return null;
    }
}

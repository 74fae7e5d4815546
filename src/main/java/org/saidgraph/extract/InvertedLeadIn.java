package org.saidgraph.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code quote-inverted-lead-in}: a sentence that opens with a speech verb and then names the speaker before the
 * quotation, "Said Jane Roe: “…”", "Added Roe, “…”". The verb comes first, so the rules that read a subject before
 * its verb find none, and the quotation fell to the last speaker.
 */
final class InvertedLeadIn implements QuoteSieves.QuoteSieve {

    private static final Pattern LEAD = Pattern.compile("^\\s*(Said|Says|Added|Adds|Asked|Asks|Wrote|Writes|Explained"
            + "|Noted|Recalled|Continued|Replied|Countered|Quipped)\\s+(?:the\\s+)?");
    /** Capitalised words up to the colon or comma before the quotation. */
    private static final Pattern NAME = Pattern.compile("(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})"
            + "\\s*[:,]\\s*");

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        Draft d = c.draft();
        String text = c.text();
        Quote q = c.quote();
        int from = d.layout.sentenceAt(q.open()).start();
        if (from >= q.open()) {
            return null;
        }
        Matcher verb = LEAD.matcher(text.substring(from, q.open()));
        if (!verb.lookingAt()) {
            return null;
        }
        int nameAt = from + verb.end();
        for (Mention x : d.entities.mentions) {
            if ((x.start() == nameAt || x.titleStart() == nameAt) && x.canSpeak()
                    && text.substring(x.end(), q.open()).matches("\\s*[:,]\\s*")) {
                return said(c, verb, from, d.resolver.resolve(x, c.lastSpeaker()), x.start(), x.end(),
                        x.kind() == Mention.Kind.PERSON ? 0.85 : 0.7);
            }
        }
        // A name the tagger missed or read together with the verb ("Said Roe" as one name).
        Matcher name = NAME.matcher(text.substring(nameAt, q.open()));
        if (!name.matches()) {
            return null;
        }
        return said(c, verb, from, person(d, name.group(1), verb.group(1)), nameAt, nameAt + name.end(1), 0.7);
    }

    /** The article's person of that name or surname, not the one the tagger made of the verb and the name. */
    private static String person(Draft d, String name, String verb) {
        String folded = Names.fold(name);
        for (LinkedEntity e : d.entities.entities.values()) {
            if (e.type == org.saidgraph.dataset.EntityType.PERSON && !Names.fold(e.name).startsWith(Names.fold(verb)
                    + " ") && (Names.fold(e.name).equals(folded) || Names.surname(e.name).equals(folded))) {
                return e.id;
            }
        }
        return d.resolver.named(name);
    }

    private static QuoteSieves.Decision said(QuoteSieves.Context c, Matcher verb, int from, String speaker,
                                             int sourceStart, int sourceEnd, double confidence) {
        if (speaker == null) {
            return null;
        }
        Found f = c.statement("quote-inverted-lead-in");
        f.speaker = speaker;
        f.cue(from + verb.start(1), from + verb.end(1));
        f.sourceStart = sourceStart;
        f.sourceEnd = sourceEnd;
        f.act = c.draft().clauses.actOf(verb.group(1).toLowerCase(Locale.ROOT));
        f.confidence = confidence;
        return QuoteSieves.Decision.speaks(f);
    }
}

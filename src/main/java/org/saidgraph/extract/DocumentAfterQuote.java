package org.saidgraph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saidgraph.dataset.EntityType;

/**
 * Rule {@code quote-document-after}: "“The fees must be reviewed by spring,” the document states." — a quotation
 * followed in its sentence by a determiner, a noun that speaks as a document, an outlet or a body
 * ({@code speaker-nouns.tsv}, kind organization: "the letter", "the editorial", "a memo") and a speech verb. The
 * name tagger makes no mention of such a noun, so {@link QuoteSieves.AttributionAfter} found no subject and the
 * quotation fell to the last speaker named, a person of the sentences before. PolNeAR takes the noun phrase as the
 * Source; the speaker is the description without its determiner ("Editorial", "Campaign memo"), as a parsed
 * subject of that kind is named ({@code Sources}).
 */
final class DocumentAfterQuote implements QuoteSieves.QuoteSieve {

    static final String RULE = "quote-document-after";

    private static final Set<String> NOUNS = Gazetteer.words("/extract/speaker-nouns.tsv", "organization");

    /** What a text is said to read, outside the speech lexicon: "the editorial read", "the letter reads". */
    private static final Set<String> READ = Set.of("read", "reads");

    /**
     * After the closing mark: a comma, a determiner, up to two modifiers, the noun, the verb, then the sentence's end
     * or a preposition ("the letter said in part", "the editorial read.").
     */
    private static final Pattern AFTER = Pattern.compile("^[\\s\\h]*,?[\\s\\h]*(?<det>(?i:the|a|an|this|that))"
            + "[\\s\\h]+(?<mod>(?:[\\p{L}'’-]+[\\s\\h]+){0,2}?)(?<noun>\\p{Ll}+)[\\s\\h]+(?<verb>\\p{Ll}+)"
            + "(?=[\\s\\h]*[.,;]|[\\s\\h]+\\p{L})");

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        Draft d = c.draft();
        String text = c.text();
        Quote q = c.quote();
        int from = q.after();
        TextLayout.Range paragraph = d.layout.paragraphAt(q.start());
        if (from >= paragraph.end() || QuoteSentenceSubject.endsSentence(text, q)) {
            return null;
        }
        Matcher m = AFTER.matcher(text.substring(from, paragraph.end()));
        if (!m.lookingAt() || !NOUNS.contains(m.group("noun")) || !(READ.contains(m.group("verb"))
                || d.clauses.verbs(m.group("verb")).matches())) {
            return null;
        }
        String words = (m.group("mod") + m.group("noun")).replaceAll("[\\s\\h]+", " ").strip();
        // "the union" after "the Farmers' Union" is that organization; otherwise the description speaks.
        boolean bare = m.group("mod").isEmpty() && m.group("det").equalsIgnoreCase("the");
        String named = bare ? OrganizationNamedAs.find(text, d.entities.mentions, m.group("noun"),
                words, from + m.start("noun")) : null;
        Found f = c.statement(RULE);
        f.speaker = named != null ? named : d.resolver.described(words, EntityType.ORGANIZATION);
        if (f.speaker == null) {
            return null;
        }
        f.sourceStart = from + m.start("det");
        f.sourceEnd = from + m.end("noun");
        f.cue(from + m.start("verb"), from + m.end("verb"));
        f.act = d.clauses.actOf(m.group("verb"));
        f.confidence = 0.6;
        return QuoteSieves.Decision.speaks(f);
    }
}

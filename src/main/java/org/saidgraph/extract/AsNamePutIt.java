package org.saidgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "As Jane Roe put it, “…”", "as the Gazette noted, “…”", "As the band sang back then, “…”": a clause of manner with a
 * verb, right before the quotation, names its speaker whatever the verb (rule {@value #RULE}). Without it such
 * quotations fell to the last speaker named before them. The verb may be one of the irregular pasts such clauses use
 * ("sang", "wrote"), and the subject a name the tagger missed, when the whole subject is capitalized words ("As
 * Harbourwatch put it,", "As the Gull Singers sang,"): on PolNeAR train both left quotations to the wrong speaker.
 */
final class AsNamePutIt implements QuoteSieves.QuoteSieve {

    static final String RULE = "quote-as-name-put";

    /** "as", its subject, a verb in the past or present (with "it"), a few words, a comma or colon at the end. */
    private static final Pattern AS_CLAUSE = Pattern.compile("(?:^|[\\s,;—–-])[Aa]s\\s+(.{2,80}?)\\s+"
            + "((?:put|puts|sang|wrote|\\p{Ll}{2,}(?:ed|s))(?:\\s+it)?)(?:\\s+[\\p{L}0-9’']+){0,4}\\s*[,:]\\s*$");

    /** A name the tagger missed as the whole subject: capitalized words, perhaps after "the" ("the Gull Singers"). */
    private static final Pattern BARE_NAME = Pattern.compile(
            "(?:the\\s+)?(\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){0,3})");

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        Draft d = c.draft();
        String text = d.text;
        int open = c.quote().open();
        TextLayout.Range sentence = d.layout.sentenceAt(open);
        int from = Math.max(sentence.start(), d.layout.paragraphAt(open).start());
        if (from >= open) {
            return null;
        }
        Matcher m = AS_CLAUSE.matcher(text.substring(from, open));
        if (!m.find()) {
            return null;
        }
        int subjectStart = from + m.start(1);
        int verbStart = from + m.start(2);
        Mention subject = d.resolver.subjectBefore(verbStart, subjectStart);
        int sourceStart;
        int sourceEnd;
        String speaker;
        Matcher bare = BARE_NAME.matcher(m.group(1));
        if (subject != null && subject.titleStart() >= subjectStart) {
            speaker = d.resolver.resolve(subject, c.lastSpeaker());
            sourceStart = subject.titleStart();
            sourceEnd = subject.end();
        } else if (subject == null && bare.matches()) {
            // "As Harbourwatch put it": the whole subject is a name the tagger did not find; it still speaks.
            speaker = d.resolver.named(bare.group(1));
            sourceStart = subjectStart + bare.start(1);
            sourceEnd = subjectStart + bare.end(1);
        } else {
            return null;
        }
        if (speaker == null) {
            return null;
        }
        Found f = c.statementBy(RULE, speaker, sourceStart, sourceEnd, 0.6);
        f.cue(verbStart, from + m.end(2));
        return QuoteSieves.Decision.speaks(f);
    }
}

package org.saidgraph.extract;

import java.util.regex.Pattern;

/**
 * A quotation that a speech verb introduces after a comma, in a sentence whose reported clause the parse read
 * around or through it ("When asked whom she backed, Jane Roe smiled and said, “…”", "footage of Roe saying during
 * the ferry hearing, “…,” when …"), is that verb's statement: the quotation, not the reporter's framing before the
 * verb (rule {@code quote-after-cue}). The reported clause made from the same cue is retired, so the words are one
 * statement. Only a verb followed by nothing but a comma, or by a short phrase opening with a preposition or adverb
 * of the speaking ("during the debate", "again", "to reporters"), then a comma or colon: "said the plan would fail,
 * adding, “…”" keeps its clause, and so does a quotation opening in lower case, which goes on with the reporter's
 * sentence ("So when the deal came, Roe said, “we were floored.”"), nor the quotation of a participle ("…, adding,
 * “…”"), whose speaker is the subject of another verb (on the PolNeAR train sample the one such case had a wrong one).
 */
final class QuotationAfterItsCue implements QuoteSieves.QuoteSieve {

    private static final Pattern BETWEEN = Pattern.compile("\\s*(?:(?:during|in|on|at|to|after|before|at|from|with"
            + "|again|repeatedly|then|later|back|once|simply|only|aloud|flatly|angrily|quietly)\\b[^,.;:!?“”\"]{0,60})?"
            + "[,:]\\s*");

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        Draft d = c.draft();
        Quote q = c.quote();
        String text = d.text;
        for (Found f : d.statements) {
            if (f.verbatim || f.quoteOnly || f.cue < 0 || f.speaker == null || f.start >= q.open() || f.end <= q.open()
                    || f.cueEnd > q.open()) {
                continue;
            }
            if (!BETWEEN.matcher(text.substring(f.cueEnd, q.open())).matches()
                    || text.substring(q.start(), q.end()).strip().split("\\s+").length < 3
                    || !Character.isUpperCase(text.codePointAt(q.start()))
                    || text.substring(f.cue, f.cueEnd).endsWith("ing")) {
                continue;
            }
            f.quoteOnly = true; // retired: its words are this quotation
            return QuoteSieves.Decision.speaks(c.statementOf("quote-after-cue", f));
        }
        return null;
    }
}

package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step {@code quote-second-act}: "Jane Roe called the plan a “relic” and said “we will vote it down.”" holds two acts
 * of one speaker. The reported clause of the first ends at its quotation ({@link QuotationEndsClause}); the quotation
 * of the second, which the first clause had taken in (and so no quotation rule attributed), becomes a statement of
 * its own: verbatim, said by the same speaker, with the second verb as its cue, when it has at least three words.
 * PolNeAR annotates the two as two attributions.
 */
final class SecondActQuotations {

    static final String RULE = "quote-second-act";

    /** Fewer quoted words are a term, not what was said ({@link QuoteSieves.Term}). */
    private static final int WORDS = 3;

    private static final SpeechLexicon LEXICON = SpeechLexicon.shipped();
    /** What follows the end of the first clause: "and" or "but", then the second verb. */
    private static final Pattern AFTER = Pattern.compile("^[\\s,”\"'’]*(and|but)\\s+(\\p{L}+)");

    private SecondActQuotations() {
    }

    /**
     * Whether "{@code word} {@code next}" opens a second act: "and" or "but", then a form of a speech verb of the
     * lexicon that is not a participle ("and said", "but conceded"; not "and saying", which goes on with the first).
     */
    static boolean secondAct(String word, String next) {
        if (word == null || next == null) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        String n = next.toLowerCase(Locale.ROOT);
        return (w.equals("and") || w.equals("but")) && !n.endsWith("ing") && LEXICON.verbForm(n) != null;
    }

    /** Adds, after each statement cut before a second act, the statement of that act's quotation. */
    static void apply(Draft draft, List<Found> statements) {
        for (int i = 0; i < statements.size(); i++) {
            Found f = statements.get(i);
            if (f.trimmedBy == null || !f.trimmedBy.contains("quotation-ends-clause") || f.untrimmedEnd <= f.end) {
                continue;
            }
            Matcher m = AFTER.matcher(draft.text.substring(f.end, f.untrimmedEnd));
            if (!m.find() || !secondAct(m.group(1), m.group(2))) {
                continue;
            }
            int cue = f.end + m.start(2);
            Found act = quotation(draft, statements, f, cue, f.end + m.end(2));
            if (act != null) {
                statements.add(i + 1, act);
                i++;
            }
        }
    }

    /** The statement of the quotations after the second verb, up to where the first clause ended before its cut. */
    private static Found quotation(Draft draft, List<Found> statements, Found f, int cue, int cueEnd) {
        Found act = null;
        for (Quote q : draft.quotes) {
            if (q.nested() || q.open() < cueEnd || q.after() > f.untrimmedEnd || q.start() >= q.end()
                    || act == null && q.text(draft.text).strip().split("\\s+").length < WORDS
                    || statements.stream().anyMatch(o -> o.start < q.end() && q.start() < o.end)) {
                continue;
            }
            if (act == null) {
                act = Found.of(q.start(), q.end(), true, f.speaker, draft.clauses.actOf(draft.text.substring(cue,
                        cueEnd)), RULE, f.confidence).cue(cue, cueEnd);
                act.sourceStart = f.sourceStart;
                act.sourceEnd = f.sourceEnd;
                act.reportedBy.addAll(f.reportedBy);
            } else {
                act.end = q.end();
            }
            act.parts.add(new int[]{q.start(), q.end()});
        }
        return act;
    }
}

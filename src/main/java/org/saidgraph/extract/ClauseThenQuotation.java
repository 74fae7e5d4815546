package org.saidgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Step {@code clause-quotation-next}: "Roe said the ferry budget was far too small. “We will need twice as much.”" — a
 * reported clause whose attribution comes before it (or inside it) ends its sentence, and the next sentence of the
 * paragraph is a quotation with no cue of its own, which the quotation sieves gave to the same speaker because she
 * spoke last: PolNeAR annotates one attribution whose content is both pieces (the one cue is the verb before the
 * clause). The clause statement takes the quotation in as its second part, as {@link ClauseQuotationJoin} does when
 * the attribution stands between the two; the statement is no longer verbatim as a whole and records this rule.
 *
 * <p>Only when nothing but the sentence's end (its closing mark) stands between the clause and the quotation's
 * opening mark in one paragraph, no other statement meets the clause or the words between (one inside the clause:
 * "…: “…,” Roe predicted." leaves the next quotation to that quotation), the quotation has no cue after the clause,
 * and the clause's attribution does not itself follow a quotation in its sentence ("“…,” she said, adding that the
 * levy would rise. “…”": there the clause is the reporter's aside after one quotation, and the next quotation goes on
 * with that one). On all of PolNeAR {@code train} it joins 9 pairs, each one gold attribution, and no attribution
 * found is lost. Without these conditions (a quotation opening the next paragraph too, NYT-style '' marks not read as
 * a quotation before the attribution, a quotation in parts) it joined 42 pairs, only 30 right, and lost 13 gold
 * attributions.
 */
final class ClauseThenQuotation {

    static final String RULE = "clause-quotation-next";

    /** The quotation statements that have no cue of their own: they take the speaker of what came before. */
    private static final Set<String> CUELESS = Set.of("quote-last-speaker", "quote-carry-over", QuoteClauseSubject.RULE);

    /** The clause's sentence end (its closing mark), the quotation's opening mark: one paragraph. */
    private static final Pattern SENTENCE_END_ONLY = Pattern.compile("[.!?]?[\"”’']*\\h*(?:[\"“]|'')\\h*");

    private ClauseThenQuotation() {
    }

    /** Joins each such pair in {@code statements}, in place; the quotation joined is removed. */
    static void apply(Draft draft, List<Found> statements) {
        ClauseQuotationJoin.joinEach(statements, CUELESS, (clause, q) -> joins(draft, statements, clause, q), RULE);
    }

    private static boolean joins(Draft draft, List<Found> statements, Found clause, Found q) {
        if (clause.verbatim || clause.quoteOnly || clause.parts.size() > 1 || clause.speaker == null
                || !clause.speaker.equals(q.speaker) || clause.cue < 0 || clause.cue >= clause.end
                || q.cue >= clause.end) {
            return false;
        }
        String text = draft.text;
        if (!SENTENCE_END_ONLY.matcher(text.substring(clause.end, q.start)).matches()
                || statements.stream().anyMatch(f -> f != q && f != clause && f.start < q.start
                && f.end > clause.start)) {
            return false;
        }
        TextLayout.Range sentence = draft.layout.sentenceAt(clause.cue);
        String lead = text.substring(sentence.start(), clause.cue);
        return !lead.contains("''") && lead.chars().noneMatch(c -> c == '"' || Quotes.isDoubleOpener((char) c)
                || Quotes.isDoubleCloser((char) c));
    }
}

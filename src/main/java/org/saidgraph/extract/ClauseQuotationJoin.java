package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Step {@code clause-quotation-join}: a reported clause before its attribution, and the quotation right after that
 * attribution which has no cue of its own, are one statement: "The ferry budget is “not meeting the demand,” says
 * Jane Roe, head of the pier trust. “We will need twice as much.”" and "The ferry was late, she said, and “nobody
 * told us why.”" — PolNeAR annotates one attribution with both pieces as its content (its quotations always hang on a
 * cue, and the only cue here is the one between them). The quotation sieves join two quotations so
 * ({@link QuotationsApart}); this joins a clause that is not itself a quotation to the quotation after it. The
 * statement keeps both pieces as its parts (its text the clause and the quotation, the attribution elided) and is no
 * longer verbatim as a whole. Only the attribution may stand between them: its words up to its sentence's end, or up
 * to ", and", then the quotation's opening mark — no second sentence, no quotation mark, no dash — and it is shorter
 * than the two pieces together (a statement that would be mostly its attribution stays two). On all of PolNeAR
 * {@code train} this joins 39 pairs: 39 statements fewer that found no attribution, and none lost that found one; a
 * quotation opening the next paragraph was as often another attribution as this one's, and is left alone.
 */
final class ClauseQuotationJoin {

    /** The quotation statements that have no cue of their own: they take the speaker of what came before. */
    private static final Set<String> CUELESS = Set.of("quote-last-speaker", "quote-carry-over", "quote-sentence-verb",
            QuoteClauseSubject.RULE);

    /**
     * The attribution between: its words (an initial or a title's abbreviation before a name is no sentence's end:
     * "President John W. Lee"), then its sentence's end or ", and", then the quotation's opening mark, all in one
     * paragraph (a quotation opening the next paragraph is often another source's).
     */
    private static final Pattern ATTRIBUTION_ONLY = Pattern.compile(
            "[\"”'’]*,?\\h+(?:\\p{Lu}\\p{Ll}{0,2}\\.(?=\\h\\p{Lu})|[^.!?\"“”—–\\n])+?(?:[.!?]|,\\h+and(?:\\h+\\p{L}+)?)\\h*(?:[\"“']|'')\\h*");

    private static final int LONGEST = 200;

    private ClauseQuotationJoin() {
    }

    /** Joins each such pair in {@code statements}, in place; the quotation joined is removed. */
    static void apply(Draft draft, List<Found> statements) {
        joinEach(statements, CUELESS, (clause, q) -> joins(draft.text, clause, q), null);
    }

    /**
     * Joins to each quotation statement in one part made by one of the {@code cueless} rules the statement that ends
     * last before it (nothing else starting between), when {@code joins} says so: the clause takes the quotation as its
     * second part (and {@code rule}, when not null); the quotation is removed.
     */
    static void joinEach(List<Found> statements, Set<String> cueless, BiPredicate<Found, Found> joins, String rule) {
        List<Found> joined = new ArrayList<>();
        for (Found q : statements) {
            Found clause = q.verbatim && cueless.contains(q.rule) && q.parts.size() <= 1
                    ? before(statements, q) : null;
            if (clause != null && joins.test(clause, q)) {
                clause.parts.clear();
                clause.parts.add(new int[]{clause.start, clause.end});
                clause.parts.add(new int[]{q.start, q.end});
                clause.end = q.end;
                clause.rule = rule == null ? clause.rule : rule;
                joined.add(q);
            }
        }
        Relations.drop(statements, joined);
    }

    /** The reported statement that ends last before {@code q} starts, when nothing else starts between them. */
    private static Found before(List<Found> statements, Found q) {
        Found last = null;
        for (Found f : statements) {
            if (f != q && f.end <= q.start && (last == null || f.end > last.end)) {
                last = f;
            }
        }
        if (last == null) {
            return null;
        }
        for (Found f : statements) {
            if (f != q && f != last && f.start >= last.end && f.start < q.start) {
                return null;
            }
        }
        return last;
    }

    /**
     * Whether the quotation has a cue of its own: a verb of its sentence other than the clause's. A quotation carried
     * over from an earlier one, or given the last speaker, borrows a cue from before the clause, which is no cue here.
     */
    private static boolean ownCue(Found clause, Found q) {
        return q.cue >= 0 && q.cue != clause.cue && (q.cue >= clause.end || "quote-sentence-verb".equals(q.rule));
    }

    private static boolean joins(String text, Found clause, Found q) {
        if (clause.verbatim || clause.quoteOnly || clause.parts.size() > 1 || clause.speaker == null
                || !clause.speaker.equals(q.speaker) || clause.cue < clause.end || clause.cue >= q.start
                || ownCue(clause, q) || q.start - clause.end > LONGEST
                || q.start - clause.end > (clause.end - clause.start) + (q.end - q.start)) {
            return false;
        }
        return ATTRIBUTION_ONLY.matcher(text.substring(clause.end, q.start)).matches();
    }
}

package org.saidgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Filter {@value #FILTER}: a quotation that only a guess attributed, which opens a {@code verb-before} statement of
 * the same speaker at least twice its length, and after whose closing mark that statement's clause goes on in lower
 * case ("“We were outplayed” in every round, the coach said": read once as the clause before its attribution and
 * again as the bare quotation), is the head of the speaker's mixed clause, not a second statement: PolNeAR
 * annotates the clause once, and the bare quotation covers too little of it to find it. Only a clause before its
 * own attribution: a clause read after its cue may have been widened over a quotation that is a statement of its own
 * ("“…,” adding that …"), measured on all 840 train.
 */
final class QuotationOpensClause {

    static final String FILTER = "quotation-opens-clause";
    private static final Set<String> GUESSES = Set.of("quote-sentence-verb", "quote-sentence-subject",
            "quote-last-speaker", "quote-carry-over");
    private static final String CLAUSE = "verb-before";

    private QuotationOpensClause() {
    }

    /** Drops the quotations that only open a longer clause of their speaker; returns what it dropped. */
    static List<DroppedStatement> apply(Draft draft, List<Found> statements) {
        return DroppedStatement.dropAll(draft, statements, FILTER, f -> f.verbatim && GUESSES.contains(f.rule)
                && f.parts.size() <= 1 && statements.stream().anyMatch(o -> opens(draft.text, f, o)));
    }

    /** Whether quotation {@code q} opens {@code clause}, a longer statement of its speaker that goes on after it. */
    static boolean opens(String text, Found q, Found clause) {
        if (clause == q || !CLAUSE.equals(clause.rule) || !Objects.equals(clause.speaker, q.speaker)
                || clause.start > q.start || clause.end < q.end || clause.end - clause.start < 2 * (q.end - q.start)) {
            return false;
        }
        for (int i = clause.start; i < q.start; i++) {
            if (!Quotes.mayOpen(text.charAt(i)) && !Character.isWhitespace(text.charAt(i))) {
                return false; // words of the clause before the quotation: not its opening
            }
        }
        int e = q.end;
        while (e < clause.end && (Quotes.mayClose(text.charAt(e)) || text.charAt(e) == ','
                || Character.isSpaceChar(text.charAt(e)))) {
            e++;
        }
        // The clause goes on in lower case right after the closing mark: the quotation is not a sentence of its own.
        return e > q.end && e < clause.end && Character.isLowerCase(text.charAt(e));
    }
}

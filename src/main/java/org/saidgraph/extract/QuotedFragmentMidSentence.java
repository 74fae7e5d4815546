package org.saidgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * Filter {@value #FILTER}: a quotation that only the sentence guesses attributed ({@code quote-sentence-subject},
 * {@code quote-sentence-verb}), in one piece, that opens in lower case and after whose closing mark the reporter's
 * sentence goes on in lower case ("the senator derided “the usual suspects” in a speech", "a ''fair shake'' for
 * renters") is a phrase the reporter borrowed into a clause of their own: when PolNeAR annotates it at all, the
 * attribution is that whole clause, which the bare quoted words cover less than half of. Read once the start and
 * clause steps have run: a quotation they widened over words before its mark is no longer bare and stays.
 */
final class QuotedFragmentMidSentence {

    static final String FILTER = "quoted-fragment-mid-sentence";
    private static final Set<String> RULES = Set.of("quote-sentence-subject", "quote-sentence-verb");
    /**
     * A borrowed phrase is short; a longer lower-case quotation mid-sentence is more often the speaker's own clause
     * that the gold takes with a word or two before it ("vowed to “…”", "the race “…”"). All 840 train, measured.
     */
    static final int MAX_WORDS = 5;
    private static final String CLOSE = "\"”’'";

    private QuotedFragmentMidSentence() {
    }

    /** Drops the borrowed fragments from {@code statements}; returns what it dropped. */
    static List<DroppedStatement> apply(Draft draft, List<Found> statements) {
        return DroppedStatement.dropAll(draft, statements, FILTER, f -> f.verbatim && RULES.contains(f.rule)
                && f.parts.size() <= 1 && borrowed(draft.text, f.start, f.end));
    }

    /** Whether {@code [start, end)} is a bare quotation opening in lower case with the sentence going on after it. */
    static boolean borrowed(String text, int start, int end) {
        int s = start;
        while (s < end && Quotes.mayOpen(text.charAt(s))) {
            s++;
        }
        // Bare: the span begins at its opening mark (or right after it), not at words of the reporter's before it.
        if (s == start && (start == 0 || !Quotes.mayOpen(text.charAt(start - 1)))) {
            return false;
        }
        if (s >= end || !Character.isLowerCase(text.charAt(s))
                || text.substring(s, end).trim().split("\\s+").length > MAX_WORDS) {
            return false;
        }
        int e = end;
        while (e < text.length() && CLOSE.indexOf(text.charAt(e)) >= 0) {
            e++;
        }
        if (e == end && (end == 0 || CLOSE.indexOf(text.charAt(end - 1)) < 0)) {
            return false; // no closing mark at the span's end: not a bare quotation
        }
        while (e < text.length() && Character.isSpaceChar(text.charAt(e))) {
            e++;
        }
        return e < text.length() && Character.isLowerCase(text.charAt(e));
    }
}

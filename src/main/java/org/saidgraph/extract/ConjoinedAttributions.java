package org.saidgraph.extract;

import java.util.List;

/**
 * Step {@code conjoined-attribution}, after the span cuts of {@link ReportedSpanBounds}: a reported statement that
 * runs on into a speech verb coordinated with its own, when that verb is the cue of another statement, ends before
 * the conjunction. "Okafor said she was "the right candidate," <i>and she repeated her charge that the board had lied</i>"
 * and "said he would back the budget <i>but did not suggest it would be enough</i>" tell of two sayings; the second
 * one's words are its own statement, not more of the first one's. The parse must hang the second verb on the first
 * one's cue as its conjunct, or on the head of the first one's complement clause when it has no subject of its own
 * (it then shares the speaker's, not the clause's). Unlike {@code cue-conjunct}, which cuts at any finite verb of
 * the speaker with no subject, this step needs the evidence that the conjunct is an attribution the sieves read, and
 * so also cuts at a participle ("saying …, and suggesting …") or a conjunct with its own subject ("and he repeated").
 * PolNeAR annotates such pairs as two attributions, the first one ending before the second: on all 840 train
 * articles reported found 4946 → 4960, precision 10601 → 10604 of 12843 (11 statements found that were not, 8 lost).
 */
final class ConjoinedAttributions {

    static final String CONJOINED_ATTRIBUTION = "conjoined-attribution";

    private ConjoinedAttributions() {
    }

    /** Ends each reported statement before the conjoined speech verb of another statement it runs on into. */
    static void apply(Draft draft, List<Found> statements) {
        for (Found outer : statements) {
            if (outer.verbatim || outer.quoteOnly || outer.parts.size() > 1 || outer.cue < 0) {
                continue;
            }
            for (Found inner : statements) {
                int end = end(draft, outer, inner);
                if (end > outer.start && end < outer.end && StatementFeatures.words(draft.text, outer.start, end) >= 1) {
                    outer.untrimmedEnd = outer.untrimmedEnd < 0 ? outer.end : outer.untrimmedEnd;
                    outer.end = end;
                    outer.trimmedBy = outer.trimmedBy == null ? CONJOINED_ATTRIBUTION
                            : outer.trimmedBy + "," + CONJOINED_ATTRIBUTION;
                }
            }
        }
    }

    /** Where {@code outer} ends when it runs on into {@code inner}'s cue conjoined with its own; its end when not. */
    static int end(Draft draft, Found outer, Found inner) {
        if (inner == outer || inner.cue < 0 || inner.cue <= outer.cue || inner.cue < outer.start
                || inner.cue >= outer.end) {
            return outer.end;
        }
        Analysis a = draft.analysis;
        int cue = a.tokenAt(outer.cue);
        int verb = a.tokenAt(inner.cue);
        int first = a.tokenAt(outer.start);
        if (cue < 0 || verb < 0 || first < 0 || !a.parsed(verb) || !"conj".equals(a.relation(verb))) {
            return outer.end;
        }
        int head = a.head(verb);
        boolean onCue = head == cue;
        boolean onContent = head >= 0 && a.head(head) == cue && "ccomp".equals(a.relation(head))
                && a.children(verb, "nsubj").isEmpty();
        int open = a.subtree(verb)[0]; // the conjunction ("and", "but") or the verb itself
        if (!onCue && !onContent || open <= first || draft.resolver.insideQuote(a.token(open).start())
                || ClauseOwnConjunct.otherTense(a, draft.lexicon, verb, cue)
                || onContent && NonFiniteConjunct.continues(a, draft.lexicon, verb, cue)) {
            return outer.end;
        }
        return ReportedSpanBounds.before(draft, open, outer.start);
    }
}

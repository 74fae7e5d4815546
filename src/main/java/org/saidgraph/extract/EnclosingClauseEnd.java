package org.saidgraph.extract;

/**
 * Cut {@code enclosing-clause-end}: a reported statement whose speech verb stands deep inside a fronted clause —
 * "While the mayor has spent the week trying to tell voters that the ferry is safe<i>, the harbour board is
 * worried</i>", "In a year in which the council cut the budget and vowed to fix the roads<i>, the mayor has run
 * on thrift</i>" — ends where the parse ends that clause, at a comma, when the predicate the clause hangs on (the
 * main clause's verb) stands after that comma: what follows is the reporter's sentence, not what was said.
 * {@code cue-clause-end} handles a speech verb that itself opens the subordinate clause; this cut climbs from the
 * speech verb to the first word it hangs on (directly or through other clauses) that stands inside the statement,
 * and ends the statement with the clause that holds the speech verb. Only for a clause after its speech verb (rule
 * {@code verb-complement}) that the speech verb governs in the parse; for other rules (an "according to" head, a
 * pattern over the words) the statement is not the speech verb's clause and a cut there lost attributions. On all
 * 840 PolNeAR train articles: see docs/extraction.md (figures recorded there).
 */
final class EnclosingClauseEnd implements ReportedSpanBounds.Cut {

    @Override
    public String name() {
        return "enclosing-clause-end";
    }

    @Override
    public int end(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int cue = ReportedSpanBounds.cueBefore(a, f);
        int first = a.tokenAt(f.start);
        if (!"verb-complement".equals(f.rule) || cue < 0 || first < 0 || !a.parsed(cue)
                || a.sentenceOf(cue) != a.sentenceOf(first) || !a.dominates(cue, first)) {
            return f.end;
        }
        // Climb from the speech verb to the first word it hangs on that stands inside the statement
        int clause = cue;
        int governor = a.head(cue);
        while (governor >= 0 && !(governor > first && a.token(governor).start() < f.end)) {
            clause = governor;
            governor = a.head(governor);
        }
        if (governor < 0 || clause == cue) {
            return f.end; // the statement holds no word the speech verb's clause hangs on, or cue-clause-end's shape
        }
        int close = a.subtree(clause)[1] + 1;
        if (close <= first || close >= a.tokens().size() || a.token(close).start() >= f.end
                || !a.token(close).word().equals(",") || governor <= close
                || draft.resolver.insideQuote(a.token(close).start())) {
            return f.end;
        }
        return ReportedSpanBounds.before(draft, close, f.start);
    }
}

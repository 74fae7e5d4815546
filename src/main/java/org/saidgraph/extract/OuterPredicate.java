package org.saidgraph.extract;

/**
 * Cut {@code outer-predicate}: a reported statement of a speech verb that stands in a clause set off inside a longer
 * sentence — "The mayor, who said the ferry would run all winter<i>, cancelled it in May</i>", "Her announcement that
 * the levy was a mistake<i>, was the main issue of the race</i>" — ends before a comma followed at once by a finite
 * verb (or an adverb and a finite verb): that verb is the predicate of the outer sentence, whose subject stands
 * before the statement, and what it says is the reporter's. Only for a clause after its speech verb (rule
 * {@code verb-complement}; an "according to" reading is the whole main clause, whose predicates in a series
 * "had …, shows …, and will be …" are all the source's) and only when the statement before that comma is one clause
 * (it holds a verb and no earlier comma): "that the council, a body of nine, has voted …" keeps its verb after the
 * apposition's comma. Not after "as" ("…, as is the custom"), a comparison that the annotators keep. On all 840
 * PolNeAR train articles: see docs/extraction.md (figures recorded there).
 */
final class OuterPredicate implements ReportedSpanBounds.Cut {

    @Override
    public String name() {
        return "outer-predicate";
    }

    @Override
    public int end(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (first < 0 || !"verb-complement".equals(f.rule)) {
            return f.end;
        }
        return ReportedSpanBounds.beforeMark(draft, f, i -> a.token(i).word().equals(",") && finiteAt(a, i + 1, f.end)
                && oneClause(a, first, i));
    }

    /** A finite verb at {@code i}, or an adverb other than "as" there and a finite verb after it, in the statement. */
    private static boolean finiteAt(Analysis a, int i, int end) {
        if (finite(a.token(i).tag())) {
            return true;
        }
        return a.token(i).tag().equals("RB") && !a.token(i).word().equalsIgnoreCase("as")
                && i + 1 < a.tokens().size() && a.token(i + 1).start() < end && finite(a.token(i + 1).tag());
    }

    private static boolean finite(String tag) {
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
    }

    /** Whether the tokens from {@code first} to before {@code comma} hold a verb and no comma. */
    private static boolean oneClause(Analysis a, int first, int comma) {
        boolean verb = false;
        for (int k = first; k < comma; k++) {
            if (a.token(k).word().equals(",")) {
                return false;
            }
            verb |= a.token(k).tag().startsWith("VB");
        }
        return verb;
    }
}

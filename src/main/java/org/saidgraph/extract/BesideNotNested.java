package org.saidgraph.extract;

/**
 * Guard {@code beside-not-nested} of {@link NestedAttributions}: an attribution that stands beside another rather
 * than inside what it reports is not relayed by it, even when the first reading runs on over it with no comma
 * ("Several aides have said the plan is dead and the mayor has said it can wait", "the clerk conceded that the count
 * was late but the mayor insisted …"). The first reading is then too long, not an outer attribution:
 * {@code relay-only} would drop it whole and lose the first saying, where {@link ConjoinedAttributions} and
 * {@link CoordinateAttributions}, which run after it, end it before the second one. The two steps' own tests decide
 * "beside" (a conjunct or paratactic clause on the first cue, outside its clause, or on the head of its complement),
 * so the guard drops nothing and cuts nothing itself; it only undoes the relay read from the uncut span. All 840
 * train: 2 statements more, both finding gold; without {@link #clauseBefore} 6, of which 3 false.
 */
final class BesideNotNested {

    private BesideNotNested() {
    }

    /** Whether a later step would end {@code outer} before {@code inner}'s attribution, which stands beside it. */
    static boolean beside(Draft draft, Found outer, Found inner) {
        if (outer.verbatim || outer.quoteOnly || outer.parts.size() > 1 || outer.cue < 0
                || !clauseBefore(draft.analysis, outer, inner)) {
            return false;
        }
        if (ConjoinedAttributions.end(draft, outer, inner) < outer.end) {
            return true;
        }
        return outer.cueEnd <= outer.start && CoordinateAttributions.end(draft, outer, inner) < outer.end;
    }

    /**
     * The second attribution is not relayed by the first speaker: {@link Relations#relays}, which reads spans before
     * the cuts, took it for one inside the first reading.
     */
    static void unrelay(Found outer, Found inner) {
        inner.reportedBy.remove(outer.speaker);
        if (outer.reports == inner) {
            outer.reports = null;
        }
    }

    /**
     * Whether {@code outer}'s words before {@code inner}'s cue hold a clause of their own that {@code outer}'s cue
     * governs: a complement clause (ccomp) with a subject of its own ("conceded <i>that the count was late</i>").
     * A reading whose words there are a noun, an infinitive or a verb without a subject is a doubtful reading of the
     * first cue itself; {@code relay-only} still drops it.
     */
    static boolean clauseBefore(Analysis a, Found outer, Found inner) {
        int cue = a.tokenAt(outer.cue);
        int first = a.tokenAt(outer.start);
        int stop = a.tokenAt(inner.cue);
        if (cue < 0 || first < 0 || stop < 0 || !a.parsed(cue)) {
            return false;
        }
        for (int t = first; t < stop; t++) {
            if (a.head(t) == cue && "ccomp".equals(a.relation(t)) && !a.children(t, "nsubj").isEmpty()
                    && a.children(t, "nsubj").get(0) >= first) {
                return true;
            }
        }
        return false;
    }
}

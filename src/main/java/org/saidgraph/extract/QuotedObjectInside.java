package org.saidgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * Filter {@value #FILTER}: a {@code verb-quote} reading (a verb whose object is a quotation: "calls the plan “a
 * giveaway”", "would offer “a blessing”") that lies wholly inside the content of another statement is a quoted
 * phrase of that content, not an act of its own ("The mayor said the levy, which she called “a tax on hope,” would
 * fail"): the outer statement already holds those words. Read once every statement is made and cut, since only then
 * do the spans stand where they end.
 */
final class QuotedObjectInside {

    static final String FILTER = "quoted-object-inside";
    static final String RULE = "verb-quote";
    /**
     * The readings whose content is a reported clause: a verb's complement, a clause before its verb, "according to".
     * Inside a noun phrase another reading took (an object, a pattern's noun, an infinitive's object), the quoted
     * object is as often the gold's own attribution as a phrase of the outer one (all 840 train: 2 false, 2 finding
     * gold, 1 alone), so those stay.
     */
    private static final Set<String> CLAUSES = Set.of("verb-complement", "verb-before", "according-to",
            "according-to-fronted");

    private QuotedObjectInside() {
    }

    /** Drops the nested {@code verb-quote} readings from {@code statements}; returns what it dropped. */
    static List<DroppedStatement> apply(Draft draft, List<Found> statements) {
        return DroppedStatement.dropAll(draft, statements, FILTER, f -> RULE.equals(f.rule)
                && statements.stream().anyMatch(o -> o != f && CLAUSES.contains(o.rule) && holds(o, f)));
    }

    /** Whether {@code inner} lies inside {@code outer}'s content. */
    private static boolean holds(Found outer, Found inner) {
        return outer.start <= inner.start && outer.end >= inner.end;
    }
}

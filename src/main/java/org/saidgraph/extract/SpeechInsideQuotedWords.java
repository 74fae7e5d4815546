package org.saidgraph.extract;

import java.util.List;

/**
 * Filter {@value #FILTER}: a reading whose cue stands inside the words of another speaker's verbatim statement, and
 * which lies wholly inside them ("Harrow writes: The audit criticizes the harbour master in one short paragraph, …"
 * read again as the audit's criticism of "the harbour master …"), is a piece of those words, not an attribution of
 * its own: the verbatim statement already gives them, to the one who said or wrote them. PolNeAR never annotates a cue
 * inside another attribution's content (none of the 19,831 train attributions), so such a piece finds no gold. Only a
 * verbatim outer statement: inside a reported clause the clause is as often too long as the nested reading is false
 * (session 34: dropping every reading nested in another's content lost 51 attributions for 70 false statements).
 * A split quotation's attribution ("“A,” she said. “B.”") is between its pieces, not in them, and stays. Run with
 * the other late filters, after every cut.
 */
final class SpeechInsideQuotedWords {

    static final String FILTER = "speech-inside-quoted-words";

    private SpeechInsideQuotedWords() {
    }

    /** Drops the readings nested in another statement's quoted words; returns what it dropped. */
    static List<DroppedStatement> apply(Draft draft, List<Found> statements) {
        return DroppedStatement.dropAll(draft, statements, FILTER,
                f -> statements.stream().anyMatch(o -> inside(o, f)));
    }

    /**
     * Whether {@code inner} lies inside the words of {@code outer}, a verbatim statement: its span within
     * {@code outer}'s, not the same, and its cue inside one of {@code outer}'s pieces.
     */
    static boolean inside(Found outer, Found inner) {
        if (outer == inner || !outer.verbatim || inner.cue < 0 || inner.start < outer.start || inner.end > outer.end
                || inner.start == outer.start && inner.end == outer.end) {
            return false;
        }
        if (outer.parts.isEmpty()) {
            return inner.cue >= outer.start && inner.cue < outer.end;
        }
        return outer.parts.stream().anyMatch(p -> p[0] <= inner.cue && inner.cue < p[1]);
    }
}

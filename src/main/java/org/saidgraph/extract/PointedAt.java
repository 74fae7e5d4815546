package org.saidgraph.extract;

/**
 * "Point to" reports speech when what is pointed to is cited as evidence ("opponents point to the rising cost of
 * power", "she pointed to her record on trade": rule {@code object-topic}), not when it is someone: "pointed to a
 * woman in the front row" is a gesture, and "pointed to two senators as possible mediators" names people without
 * saying anything about them that PolNeAR annotates. Someone is a person's name or a noun CoreNLP's animacy lists
 * know only as animate ({@link Animacy#someone}).
 */
final class PointedAt {

    private PointedAt() {
    }

    /** Whether {@code topic}, the head of the phrase after "point to" at {@code cue}, is someone, not a claim. */
    static boolean someone(Draft d, int cue, int topic) {
        Analysis a = d.analysis;
        return a.token(cue).lowerLemma().equals("point")
                && (d.sources.person(topic) || Animacy.someone(a.token(topic).word()));
    }
}

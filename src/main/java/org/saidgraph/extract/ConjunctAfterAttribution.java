package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Step {@code conjunct-after-attribution}: a reported clause read before its attribution ({@code verb-before}), where
 * the attribution stands inside the sentence and the sentence goes on after it with a conjunct or a clause after a
 * semicolon — "The pier had no record of flooding<i>, the engineer said, </i>and had passed every inspection"; "The
 * levy was never meant to last<i>, she said; </i>the council had hoped to end it in June" — ends where the sentence
 * ends: the speaker goes on saying it. The statement keeps the clause and its rest as its parts (its text the two,
 * the attribution elided, as {@link ClauseAfterAttribution} does for a rest after a comma, which leaves out "and",
 * "but" and a semicolon) and records the step's name in {@link Found#trimmedBy}. Not when the rest holds a speech verb
 * of its own ("…, she said, and added that …": a second saying) or another statement's cue, nor when the speaker is
 * named after the verb. On all of PolNeAR train (840 articles): see docs/extraction.md.
 */
final class ConjunctAfterAttribution {

    /** The conjunctions that go on with the same speaker's words after the attribution's comma. */
    private static final List<String> CONJUNCTIONS = List.of("and", "but");

    private ConjunctAfterAttribution() {
    }

    static String name() {
        return "conjunct-after-attribution";
    }

    /** Extends each {@code verb-before} statement of {@code statements} whose sentence goes on with a conjunct. */
    static void apply(Draft draft, List<Found> statements) {
        ClauseAfterAttribution.extend(statements, name(), f -> rest(draft, f, statements));
    }

    /** The conjunct that goes on after the attribution of {@code f}, {@code [start, end)}, or null. */
    static int[] rest(Draft draft, Found f, List<Found> statements) {
        Analysis a = draft.analysis;
        Analysis.Sentence s = ClauseAfterAttribution.attributionInside(draft, f);
        if (s == null) {
            return null; // "…, said Jane Roe, and …": what follows may describe her
        }
        int separator = ClauseAfterAttribution.separator(a, f, s, Set.of(",", ";"));
        if (separator < 0 || separator + 3 >= s.end()) {
            return null;
        }
        int first = separator + 1;
        if (!a.token(separator).word().equals(";")
                && !CONJUNCTIONS.contains(a.token(first).word().toLowerCase(Locale.ROOT))) {
            return null; // a rest after a plain comma is ClauseAfterAttribution's
        }
        int end = ClauseAfterAttribution.lastWord(a, s, first);
        if (end - first < 2 || !ClauseAfterAttribution.sameQuoting(draft, f, first, end)) {
            return null;
        }
        for (int i = first; i <= end; i++) {
            if (a.token(i).tag().startsWith("VB") && draft.lexicon.verb(a.token(i).lemma()) != null) {
                return null; // "…, she said, and added that …": a second saying
            }
        }
        int start = a.token(first).start();
        int stop = a.token(end).end();
        for (Found o : statements) {
            if (o != f && o.cue >= start && o.cue < stop) {
                return null;
            }
        }
        return new int[]{start, stop};
    }
}

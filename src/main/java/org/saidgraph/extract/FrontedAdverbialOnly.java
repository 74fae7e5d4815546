package org.saidgraph.extract;

import java.util.List;

/**
 * Filter {@value #FILTER}: a {@code verb-before} statement (words read as the reported clause of a cue after them)
 * that is only one fronted adverbial — a subordinate clause or a prepositional phrase opened by its own subordinator
 * or preposition ("As the crowd waited in the hall, the mayor took the stage", "Despite the warnings, …", "Just before
 * the ferry left, the captain asked …") — holds no words of anyone's: it sets the scene of the sentence's own act.
 * Read from the parse: the span hangs on the words outside it by one token only, as an adverbial clause, oblique or
 * modifier, and that token's own marker or preposition ({@code mark}, {@code case}) is one of the span's first two
 * words; and the span holds no comma before its end. A span whose first word marks only a clause inside it ("Though
 * the vote was close, the levy passed, she said") stays.
 */
final class FrontedAdverbialOnly {

    static final String FILTER = "fronted-adverbial-only";
    static final String RULE = "verb-before";

    private FrontedAdverbialOnly() {
    }

    /** Drops the fronted adverbials from {@code statements}; returns what it dropped. */
    static List<DroppedStatement> apply(Draft draft, List<Found> statements) {
        return DroppedStatement.dropAll(draft, statements, FILTER, f -> !f.verbatim && RULE.equals(f.rule)
                && f.parts.size() <= 1 && f.cue >= f.end && oneSpan(draft.text, f.start, f.end)
                && adverbialOnly(draft.analysis, f.start, f.end));
    }

    /**
     * Whether {@code [start, end)} holds no comma but at its end: a fronted adverbial ends at its comma, and words
     * after one inside the span are a clause of their own ("Since the count is close, delegates would …, she said").
     */
    static boolean oneSpan(String text, int start, int end) {
        return text.substring(start, end).replaceAll("[\\p{Punct}”’\\s]+$", "").indexOf(',') < 0;
    }

    /** Whether the words of {@code [start, end)} are one adverbial opened by its own marker or preposition. */
    static boolean adverbialOnly(Analysis a, int start, int end) {
        int first = a.tokenAt(start);
        int last = a.tokenAt(end - 1);
        if (first < 0 || last < first) {
            return false;
        }
        int head = -1;
        for (int i = first; i <= last; i++) {
            if (!a.parsed(i)) {
                return false;
            }
            int h = a.head(i);
            String r = a.relation(i);
            if (h >= first && h <= last || r == null || r.equals("punct")) {
                continue;
            }
            if (head >= 0 || !(r.startsWith("advcl") || r.startsWith("obl") || r.startsWith("nmod")
                    || r.equals("advmod"))) {
                return false; // a second token hanging outside, or a clause of its own: not one adverbial
            }
            head = i;
        }
        for (int i = first; head >= 0 && i <= Math.min(last, first + 1); i++) {
            String r = a.relation(i);
            if (a.head(i) == head && (r.equals("mark") || r.equals("case"))) {
                return true;
            }
        }
        return false;
    }
}

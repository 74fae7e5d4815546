package org.saidgraph.extract;

import java.util.Locale;

/**
 * Inner break {@code even-if-condition}: ", even if …" after a reported clause ("said the ferry would keep running,
 * even if the council cut its grant") is the speaker's own condition on what they said, so {@link VerbCueSieve}
 * does not end the clause at its comma as it does at other concessions (", even as …", ", even though …", which
 * the annotators leave out about as often as they keep). On PolNeAR train the gold contents that reach such a comma
 * run on over ", even if" 13 times and end before it twice.
 */
final class EvenIfCondition {

    private EvenIfCondition() {
    }

    /**
     * Whether the words at {@code opener}, right after a comma, are "even if", and the clause from {@code start} to the
     * comma has a verb of its own: "would, even if …, fall short" sets the condition inside a clause whose verb comes
     * after it, which is no reported clause yet.
     */
    static boolean at(Analysis a, int start, int opener) {
        if (opener + 1 >= a.tokens().size() || !a.token(opener).word().toLowerCase(Locale.ROOT).equals("even")
                || !a.token(opener + 1).word().toLowerCase(Locale.ROOT).equals("if")) {
            return false;
        }
        for (int i = start; i < opener - 1; i++) {
            if (a.token(i).tag().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }
}

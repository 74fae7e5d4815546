package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step {@code connective-before-aside} of {@link VerbCueSieve}'s clause around a parenthetical attribution (kind
 * {@code verb-around}). "But, the mayor said, the ferry will run" and "And yet, aides say, the budget holds": a word
 * that joins the sentence to the one before it opens the clause, but is the reporter's link, not what was said, and
 * the annotators leave it out. When nothing but such words (and commas) stands before the aside, what was said is
 * only the part after the aside. Before a longer clause ("But with each vote, she said, …") the word stays: the
 * annotators keep it about as often as they leave it out. The words are data
 * ({@code src/main/resources/extract/aside-connectives.tsv}).
 */
final class ConnectiveBeforeAside {

    private static final Set<String> CONNECTIVES = Gazetteer.rows("/extract/aside-connectives.tsv").stream()
            .map(r -> r[0].trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private ConnectiveBeforeAside() {
    }

    /**
     * Where what was said begins: {@code after} (the first token after the aside) when {@code [from, beforeEnd]}, the
     * words before the aside, are only connectives and commas and {@code after} is not negative; else {@code from}.
     */
    static int start(Analysis analysis, int from, int beforeEnd, int after) {
        int k = from;
        while (k <= beforeEnd && CONNECTIVES.contains(analysis.token(k).word().toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k == from) {
            return from;
        }
        while (k <= beforeEnd && analysis.token(k).word().equals(",")) {
            k++;
        }
        // "But with each vote, she said, …" keeps its connective: the annotators keep it about as often as not.
        return k > beforeEnd && after >= 0 ? after : from;
    }
}

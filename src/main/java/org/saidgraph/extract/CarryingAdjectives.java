package org.saidgraph.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code speaker-adjective}: adjectives whose subject speaks through the infinitive after them ("was quick to
 * point out that …", "is right to note that …", "are more likely to say that …"), read from
 * {@code carrying-adjectives.tsv}. Without them the speech verb of the infinitive has no subject of its own and the
 * attribution is lost.
 */
final class CarryingAdjectives {

    private static final Set<String> LEMMAS = new HashSet<>();

    static {
        for (String[] row : Gazetteer.rows("/extract/carrying-adjectives.tsv")) {
            LEMMAS.add(row[0].strip().toLowerCase(Locale.ROOT));
        }
    }

    private CarryingAdjectives() {
    }

    /** Whether {@code token} is an adjective whose subject says what the infinitive hung on it says. */
    static boolean carries(Analysis.Token token) {
        return token.tag().startsWith("JJ") && LEMMAS.contains(token.lowerLemma());
    }
}

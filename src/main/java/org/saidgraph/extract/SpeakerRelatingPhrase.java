package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Step {@code speaker-relating-phrase} of {@link TrailingAttributionSieve}: "…, an aide close to her said." and "…,
 * people familiar with the talks said.": an adjective with its "to"/"with" phrase describing who speaks may stand in
 * the short noun phrase of a closing attribution. Without it the walk back from the verb stopped at "to" short of the
 * comma, and the words before the comma were left unread when the parser had taken the phrase for an apposition and
 * hung the verb elsewhere. Not "and": where the parser splits "growers and guild officials" the speaker's name would
 * begin with the conjunction.
 */
final class SpeakerRelatingPhrase {

    /** Adjectives whose "to"/"with" phrase describes the speakers ("close to the mayor", "familiar with the talks"). */
    private static final Set<String> RELATING = Set.of("close", "familiar", "loyal", "allied", "aligned", "near");

    private SpeakerRelatingPhrase() {
    }

    /**
     * Whether token {@code k}, inside the phrase before the speech verb at {@code verb}, is a "to"/"with" after one of
     * the {@link #RELATING} adjectives, with a noun phrase after it.
     */
    static boolean links(Analysis a, int k, int verb) {
        if (k < 1 || k >= verb - 1) {
            return false;
        }
        String w = a.token(k).word().toLowerCase(Locale.ROOT);
        String after = a.token(k + 1).tag();
        return (w.equals("to") || w.equals("with"))
                && RELATING.contains(a.token(k - 1).word().toLowerCase(Locale.ROOT))
                && after.matches("NN.*|DT|PRP\\$?|CD");
    }
}

package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * "told analysts on a conference call that the company would cut spending": the parser may hang the speech verb's
 * "that" clause on the noun of the phrase before it ("call", "interview", "statement"), so skipping that phrase as
 * the verb's own circumstance skipped what was said with it. Step {@code clause-on-occasion-noun}: a phrase on the verb
 * (obl or nmod) whose noun names an occasion of speaking and governs a clause complement opened by the complementizer
 * "that" ends where that clause begins. Only occasions: after other nouns the clause is the noun's own ("responded to
 * accusations that …") or a relative clause the parser took for a complement ("spoke about rights that had been …");
 * on all 840 PolNeAR train, allowing any noun changed a dozen readings and lost speakers.
 */
final class ClauseOnOccasionNoun {

    private ClauseOnOccasionNoun() {
    }

    /** The first token of the "that" clause hung on {@code phrase}'s noun, or -1 when there is none. */
    static int start(Analysis a, int phrase, Set<String> occasions) {
        String rel = a.relation(phrase);
        if (rel == null || !(rel.equals("obl") || rel.startsWith("obl:") || rel.equals("nmod")) || !a.token(phrase)
                .isNoun() || !occasions.contains(a.token(phrase).lowerLemma())) {
            return -1;
        }
        for (int c : a.children(phrase, "ccomp")) {
            int first = a.subtree(c)[0];
            String how = a.relation(first);
            if (c > phrase && first > phrase && a.token(first).word().toLowerCase(Locale.ROOT).equals("that")
                    && ("mark".equals(how) || "dep".equals(how))) {
                return first;
            }
        }
        return -1;
    }
}

package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;

/**
 * Step {@code plea-act}: "pleaded not guilty to fraud charges", "has pleaded guilty to one count of …": a plea
 * answers a charge in court. The lexicon gives "plead" the act of "pleaded with the council to reopen the depot"
 * (an appeal); a plea of not guilty denies the charge, and a plea of guilty (or no contest) states that the
 * charge stands. The statement read after the verb opens with the plea itself, so its first words decide.
 */
final class PleaAct {

    private PleaAct() {
    }

    static void apply(Draft draft, List<Found> statements) {
        Analysis a = draft.analysis;
        for (Found f : statements) {
            int cue = f.verbatim || f.cue < 0 || f.cue >= f.start ? -1 : a.tokenAt(f.cue);
            if (cue < 0 || !"plead".equalsIgnoreCase(a.token(cue).lemma())) {
                continue;
            }
            String opening = draft.text.substring(f.start, Math.min(f.end, f.start + 12)).toLowerCase(Locale.ROOT);
            if (opening.startsWith("not guilty")) {
                f.act = Act.DENIAL;
            } else if (opening.startsWith("guilty") || opening.startsWith("no contest")) {
                f.act = Act.STATEMENT;
            }
        }
    }
}

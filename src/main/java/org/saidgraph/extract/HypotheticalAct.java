package org.saidgraph.extract;

import java.util.Set;

/**
 * Rule {@code hypothetical-act}: "Castillo said she would declare an emergency if the reservoirs fell": a speech verb
 * with a modal of its own ("would declare", "could announce") inside a statement of the same speaker is an act the
 * speaker says she may perform, part of what she said, not a second statement of hers.
 */
final class HypotheticalAct implements NotSpeechFilters.Filter {

    private static final Set<String> MODALS = Set.of("would", "could", "might", "will", "may", "can", "should", "'ll",
            "wo", "ca");

    @Override
    public String name() {
        return "hypothetical-act";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (f.verbatim || f.quoteOnly || f.cue < 0 || f.speaker == null) {
            return false;
        }
        Analysis a = draft.analysis;
        int cue = a.tokenAt(f.cue);
        if (cue < 0 || !a.parsed(cue) || !modal(a, cue)) {
            return false;
        }
        for (Found outer : draft.statements) {
            if (outer != f && f.speaker.equals(outer.speaker) && outer.start <= f.cue && f.cue < outer.end) {
                return true;
            }
        }
        return false;
    }

    private static boolean modal(Analysis a, int cue) {
        for (int c : a.children(cue, "aux")) {
            if (MODALS.contains(a.token(c).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}

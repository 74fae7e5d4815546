package org.saidgraph.extract;

/**
 * Step gerund-conjunct: a gerund the parser coordinated with a finite speech verb after its object ("blamed the board
 * for raising fares and cutting routes", "accused the firm of hiding losses and misleading investors"). A finite
 * verb's subject cannot go on with a bare gerund as its next act, so the gerund is the second item of what was said
 * (the second thing blamed or charged), not the speaker's next act. The speech verb's tense may be in its auxiliary
 * ("have blamed the levy for raising rents and driving out shops", "will accuse …"): that verb group is finite too;
 * not a progressive one ("are pointing out the risk and warning …" goes on in the gerund's own form).
 */
final class GerundConjunct {
    private GerundConjunct() {
    }

    /** Whether conjunct {@code conjunct} of speech verb {@code cue} goes on with what was said. */
    static boolean continues(Analysis a, int conjunct, int cue) {
        String c = a.token(conjunct).tag();
        return c.equals("VBG") && finiteVerbGroup(a, cue)
                && a.children(conjunct, "aux").isEmpty() && a.children(conjunct, "aux:pass").isEmpty();
    }

    /**
     * Whether speech verb {@code cue} is finite as a verb group: its own form shows tense ("said"), or it is a
     * participle or base form with an auxiliary that does ("has said", "will say").
     */
    static boolean finiteVerbGroup(Analysis a, int cue) {
        String v = a.token(cue).tag();
        return v.matches("VBD|VBZ|VBP") || v.matches("VBN|VB") && finiteAuxiliary(a, cue);
    }

    /** Whether {@code verb} has an auxiliary that shows tense ("has", "had", "will", "would"; not a passive "was"). */
    static boolean finiteAuxiliary(Analysis a, int verb) {
        return a.children(verb, "aux").stream().anyMatch(c -> a.token(c).tag().matches("VBD|VBZ|VBP|MD"));
    }
}

package org.saidgraph.extract;

/**
 * Step gerund-conjunct: a gerund the parser coordinated with a finite speech verb after its object ("blamed the board
 * for raising fares and cutting routes", "accused the firm of hiding losses and misleading investors"). A finite
 * verb's subject cannot go on with a bare gerund as its next act, so the gerund is the second item of what was said
 * (the second thing blamed or charged), not the speaker's next act.
 */
final class GerundConjunct {
    private GerundConjunct() {
    }

    /** Whether conjunct {@code conjunct} of speech verb {@code cue} goes on with what was said. */
    static boolean continues(Analysis a, int conjunct, int cue) {
        String c = a.token(conjunct).tag();
        String v = a.token(cue).tag();
        return c.equals("VBG") && v.matches("VBD|VBZ|VBP") && a.children(conjunct, "aux").isEmpty()
                && a.children(conjunct, "aux:pass").isEmpty();
    }
}

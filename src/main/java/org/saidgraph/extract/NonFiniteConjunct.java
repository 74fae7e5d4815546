package org.saidgraph.extract;

/**
 * Step nonfinite-conjunct: a verb the parse coordinates with the head of a reported clause, in its base form or as a
 * gerund with no auxiliary of its own, while the speech verb is finite, shares the clause's modal or its gerund, not
 * the speaker: "says he would meet the mayor <i>and tell her</i> …" (he would tell), "said she was upset by the board
 * ignoring <i>and even mocking</i> the petition". A speaker's next act coordinated with a finite speech verb is told
 * in that verb's form ("said … and warned …"), so {@link ConjoinedAttributions} does not end the clause there; a
 * gerund speech verb's own next act ("saying … and suggesting …") is still ended.
 */
final class NonFiniteConjunct {
    private NonFiniteConjunct() {
    }

    /** Whether {@code conjunct}, coordinated with the head of speech verb {@code cue}'s clause, goes on with it. */
    static boolean continues(Analysis a, SpeechLexicon lexicon, int conjunct, int cue) {
        String c = a.token(conjunct).tag();
        return GerundConjunct.finiteVerbGroup(a, cue) && c.matches("VB|VBG") && a.children(conjunct, "aux").isEmpty()
                && a.children(conjunct, "aux:pass").isEmpty() && a.children(conjunct, "mark").isEmpty()
                && !speechVerbOfItsForm(a, lexicon, cue, conjunct);
    }

    /**
     * Whether a speech verb of the conjunct's own form stands between the cue and it ("praised the plan, stating it
     * was overdue and chiding the board …", "fired back a statement saying … and suggesting …"): the conjunct may be
     * that participle's next act, whatever the parse hangs it on.
     */
    private static boolean speechVerbOfItsForm(Analysis a, SpeechLexicon lexicon, int cue, int conjunct) {
        for (int i = cue + 1; i < conjunct; i++) {
            if (a.token(i).tag().equals(a.token(conjunct).tag()) && lexicon.verb(a.token(i).lemma()) != null) {
                return true;
            }
        }
        return false;
    }
}

package org.saidgraph.extract;

import java.util.Set;

/**
 * Rule {@value #RULE} (session 25): a verb of speaking that takes no clause ({@code speaking-frames.tsv}: "speak",
 * "talk", "testify") in a clause the parse hangs on a verb of the statement — "As the mayor spoke at the pier, [the
 * rain began]", "After she testified, [the panel adjourned]", "If the coach is talking to the owner, [his days are
 * numbered]" — only says when or on what occasion the statement's own clause happened: that clause is the reporter's
 * narration, read by a sieve as the verb's complement because it follows it. Dropped when the statement's head (the
 * first of the cue's heads inside it) is not a speech verb of the lexicon; "Speaking at the rally, she [said …]" and
 * "While he talked about taxes, he [warned …]" stay. Only reported statements whose cue comes before them are judged.
 */
final class SpeakingFramesClause implements NotSpeechFilters.Filter {

    static final String RULE = "speaking-frames-clause";

    private static final Set<String> VERBS = Gazetteer.words("/extract/speaking-frames.tsv");

    @Override
    public String name() {
        return RULE;
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (f.verbatim || f.quoteOnly || f.cue < 0 || f.cue >= f.start) {
            return false;
        }
        Analysis a = draft.analysis;
        int cue = a.tokenAt(f.cue);
        if (cue < 0 || !a.parsed(cue) || !VERBS.contains(a.token(cue).lowerLemma())) {
            return false;
        }
        int head = governorInside(a, cue, f);
        return head >= 0 && draft.lexicon.verb(a.token(head).lowerLemma()) == null;
    }

    /** The nearest head of {@code cue} (up the parse) that lies inside the statement, or -1 when none does. */
    private static int governorInside(Analysis a, int cue, Found f) {
        int x = a.head(cue);
        for (int steps = 0; x >= 0 && steps < 50; steps++) {
            Analysis.Token t = a.token(x);
            if (t.start() >= f.start && t.end() <= f.end) {
                return x;
            }
            x = a.head(x);
        }
        return -1;
    }
}

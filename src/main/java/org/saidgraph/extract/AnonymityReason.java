package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code anonymity-reason}: "an official, who spoke on condition of anonymity because he was not authorized to
 * discuss the case, said …" — the clause of "because" is the reporter's reason for not naming the speaker, not what
 * the speaker said. A reported statement read after its cue that opens with "because" and whose verb is a negated
 * verb of permission ({@code not-speech-senses.tsv}, shape {@code anonymity-permission}: "not authorized", "wasn't
 * allowed", "had not been cleared") is dropped, and so is any "because" clause read after a verb of speaking that
 * takes no clause of what was said ({@code speaking-frames.tsv}: "spoke on condition of anonymity because the talks
 * are confidential"). What the official did say is read from the main verb as before.
 */
final class AnonymityReason implements NotSpeechFilters.Filter {

    private static final Set<String> PERMISSION = Gazetteer.words("/extract/not-speech-senses.tsv", "anonymity-permission");
    /** Verbs of speaking that take no clause of what was said ("speak", "talk"): a "because" after them says why. */
    private static final Set<String> SPEAKING = Gazetteer.words("/extract/speaking-frames.tsv");

    @Override
    public String name() {
        return "anonymity-reason";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        int last = a.tokenAt(Math.max(f.start, f.end - 1));
        int cue = NotSpeechFilters.reportedCueBefore(draft, f);
        if (cue < 0 || first < 0 || last < 0 || !a.token(first).word().equalsIgnoreCase("because")) {
            return false;
        }
        if (SPEAKING.contains(a.token(cue).lowerLemma())) {
            return true; // "spoke on condition of anonymity because the talks are confidential": why, never what
        }
        for (int i = first + 1; i <= last; i++) {
            Analysis.Token t = a.token(i);
            String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            if (t.tag().startsWith("VB") && PERMISSION.contains(lemma) && negated(a, first + 1, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "not"/"n't"/"never" stands among the tokens {@code [from, verb)} ("was not authorized"). */
    private static boolean negated(Analysis a, int from, int verb) {
        for (int i = Math.max(from, verb - 3); i < verb; i++) {
            String w = a.token(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }
}

package org.saidgraph.extract;

import java.util.Set;

/**
 * Rule {@code to-phrase-sense}: a statement that is only a phrase with "to" on its speech verb, and the
 * circumstances of the verb, holds nothing said: "adding [to her delegate lead]" (the verb in its sense of increasing
 * something), "“…!” he said [to a crowd of about 300]" (whom it was said to, after the words said). The parse decides:
 * the statement opens with "to" on a phrase the cue governs as an oblique, and every other word hangs on the cue as a
 * circumstance (a phrase of where, when or how). An infinitive ("promised [to cut the levy]") is not such a phrase.
 * The verbs are data ({@code src/main/resources/extract/not-speech-senses.tsv}, shape {@code to-phrase}).
 */
final class ToPhraseSense implements NotSpeechFilters.Filter {

    static final Set<String> VERBS = Gazetteer.words("/extract/not-speech-senses.tsv", "to-phrase");
    private static final Set<String> CIRCUMSTANCE = Set.of("obl", "obl:tmod", "obl:npmod", "advmod", "punct");

    @Override
    public String name() {
        return "to-phrase-sense";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        int cue = NotSpeechFilters.cueBefore(draft, f, VERBS);
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (cue < 0 || first < 0 || !a.parsed(first) || !a.token(first).word().equalsIgnoreCase("to")
                || !"case".equals(a.relation(first))) {
            return false;
        }
        int phrase = a.head(first);
        if (phrase < 0 || a.head(phrase) != cue || !"obl".equals(a.relation(phrase))) {
            return false;
        }
        for (int i = first; i < a.tokens().size() && a.token(i).start() < f.end; i++) {
            if (!a.parsed(i)) {
                return false;
            }
            int h = a.head(i);
            boolean outside = h < 0 || a.token(h).start() < f.start || a.token(h).start() >= f.end;
            if (outside && (h != cue || !CIRCUMSTANCE.contains(a.relation(i)))) {
                return false;
            }
        }
        return true;
    }
}

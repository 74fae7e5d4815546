package org.saidgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule {@code trailing-adverbial}: a reported statement that runs on past what was said into words that say when,
 * where or how the speaker said it — "criticized the plan <i>during a stop in Ohio</i>", "called for more money
 * <i>in a statement on Thursday</i>", "urged voters to turn out <i>when he spoke in Reno</i>" — ends before them.
 * The parse tells them apart: such a phrase hangs on the speech verb itself and either opens with a word of time or
 * circumstance ("during", "since", "when", "while", …) or names the occasion or medium of the speech ("in a
 * statement", "at a rally", "on Twitter": a speech noun of the lexicon after "in", "at", "on"); a phrase that hangs
 * on the reported words ("a plan to build a bridge in Ohio") stays, and so does any other preposition the parse
 * hangs on the verb ("from", "with", "in favor of"), as that attachment is often wrong. Quotations are never
 * trimmed. On PolNeAR dev a third of the statements that found no attribution covered one but ran on well past it.
 */
final class TrailingAdverbials {

    static final String NAME = "trailing-adverbial";
    /**
     * Openers of a phrase that says when or under what circumstances: never part of what was said. Not "before" or
     * "after": what someone denies or admits doing is often a deed before or after another ("denied speaking to
     * him before the vote").
     */
    private static final Set<String> CIRCUMSTANCE = Set.of("during", "since", "until", "amid", "following",
            "throughout", "when", "while", "whenever");
    /** Prepositions before the occasion or medium of speech: "in an interview", "at a rally", "on Twitter". */
    private static final Set<String> MEDIUM = Set.of("in", "at", "on", "via", "through");

    private TrailingAdverbials() {
    }

    /** Ends each reported statement of {@code statements} before a trailing adverbial of its speech verb. */
    static void trim(Draft draft, List<Found> statements) {
        for (Found f : statements) {
            int end = end(draft, f);
            if (end > f.start && end < f.end) {
                f.end = end;
                f.trimmedBy = NAME;
            }
        }
    }

    /** Where {@code f} should end: before the first phrase after its start that modifies its cue verb; else its end. */
    static int end(Draft draft, Found f) {
        if (f.verbatim || f.quoteOnly || f.cue < 0 || f.cue >= f.start || !f.parts.isEmpty() && f.parts.size() > 1) {
            return f.end;
        }
        Analysis a = draft.analysis;
        int cue = a.tokenAt(f.cue);
        int first = a.tokenAt(f.start);
        if (cue < 0 || first < 0 || !a.parsed(cue) || a.sentenceOf(cue) != a.sentenceOf(first)) {
            return f.end;
        }
        for (int i = first + 1; i < a.tokens().size() && a.token(i).start() < f.end; i++) {
            if (a.head(i) != cue || !a.parsed(i)) {
                continue;
            }
            String rel = a.relation(i);
            if (rel == null || !(rel.startsWith("obl") || rel.startsWith("advcl") || rel.startsWith("nmod"))) {
                continue;
            }
            int lo = a.subtree(i)[0];
            if (lo <= first || a.token(lo).start() >= f.end) {
                continue;
            }
            String opener = a.token(lo).word().toLowerCase(java.util.Locale.ROOT);
            // "as she left" is a clause of time; "described the plan as a disaster" says what was said.
            boolean circumstance = CIRCUMSTANCE.contains(opener) || opener.equals("as") && rel.startsWith("advcl");
            boolean medium = MEDIUM.contains(opener) && draft.lexicon.speechNoun(
                    a.token(i).lemma() == null ? "" : a.token(i).lemma().toLowerCase(java.util.Locale.ROOT)) != null;
            if (!circumstance && !medium) {
                continue;
            }
            int end = a.token(lo - 1).end();
            while (end > f.start && ",;:—–- ".indexOf(draft.text.charAt(end - 1)) >= 0) {
                end--;
            }
            return StatementFeatures.words(draft.text, f.start, end) >= 1 ? end : f.end;
        }
        return f.end;
    }
}

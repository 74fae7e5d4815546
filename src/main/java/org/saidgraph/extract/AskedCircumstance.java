package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Cut {@code asked-circumstance}: a reported statement that closes with the occasion of the question it answered —
 * "…said she had no plans to run<i> when asked about the seat</i>", "…called the levy fair<i>, after being pressed
 * by the council</i>" — ends before it: the reporter tells when the words were said, which is not part of them. The
 * opener ("when", "after", "before") and the participle ("asked", "pressed", "questioned") are words of
 * {@code span-bounds.tsv}; "being" may stand between them. On all 840 PolNeAR train articles: see docs/extraction.md.
 */
final class AskedCircumstance implements ReportedSpanBounds.Cut {

    private static final Set<String> OPENERS = SpanBoundWords.of("asked-circumstance", "opener");
    private static final Set<String> PARTICIPLES = SpanBoundWords.of("asked-circumstance", "participle");

    @Override
    public String name() {
        return "asked-circumstance";
    }

    @Override
    public int end(Draft draft, Found f) {
        Analysis a = draft.analysis;
        // Not after a conjunction ("…, and when asked …"): the conjunction would end the statement, and the clause
        // after it is a second one that another cut or the sieve already ends the statement before
        return ReportedSpanBounds.beforeMark(draft, f, i -> !a.token(i).tag().equals("CC") && asked(a, i + 1)
                && closes(a, f, i + 1));
    }

    /**
     * Whether the phrase that opens at {@code opener} closes the statement: in the parse, nothing but punctuation
     * follows the participle's phrase within it. "…leaving his boat <i>when asked to by the harbour patrol</i> and not
     * tying up at the quay" tells of the reported event, not of the speaking (seen on PolNeAR dev). An unparsed
     * sentence is judged by the words alone, as before.
     */
    private static boolean closes(Analysis a, Found f, int opener) {
        int p = participle(a, opener);
        if (!a.parsed(p)) {
            return true;
        }
        int last = a.tokenAt(f.end - 1);
        for (int i = a.subtree(p)[1] + 1; i <= last; i++) {
            if (!a.token(i).word().matches("\\p{Punct}+|[“”‘’]")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words at {@code i} are "when asked", "after being pressed" and the like. */
    private static boolean asked(Analysis a, int i) {
        if (!OPENERS.contains(lower(a, i))) {
            return false;
        }
        int p = participle(a, i);
        return p < a.tokens().size() && a.sentenceOf(p) == a.sentenceOf(i) && PARTICIPLES.contains(lower(a, p));
    }

    /** The token of the participle after the opener at {@code opener}: the next one, or the one after "being". */
    private static int participle(Analysis a, int opener) {
        return lower(a, opener + 1).equals("being") ? opener + 2 : opener + 1;
    }

    private static String lower(Analysis a, int i) {
        return i < a.tokens().size() ? a.token(i).word().toLowerCase(Locale.ROOT) : "";
    }
}

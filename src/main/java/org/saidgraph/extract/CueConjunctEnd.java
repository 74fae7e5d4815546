package org.saidgraph.extract;

import java.util.Set;

/**
 * Cut {@code cue-conjunct}: a reported statement that runs on into a second verb of its speaker, coordinated with the
 * speech verb — "The mayor congratulated the coach on the title <i>and praised the players</i>", "chided the board
 * <i>but signed the budget</i>" — ends before the conjunction: the second verb is another act the reporter tells of
 * (often a speech act with its own statement), not part of what the first verb was about. The parse must hang that
 * verb on the cue as its conjunct, give it no subject of its own (with one, "said X, and Y did Z", it is often a
 * clause of what was said: on PolNeAR train a cut there lost more than it found) and make it finite ("talked about
 * taxes and getting money out of politics": a gerund is more often a second topic). {@link VerbCueSieve} already
 * stops a clause it reads at such a verb; this cut brings the other sieves' statements (mostly {@code pattern-verb},
 * read by a pattern over the words) to the same end.
 */
final class CueConjunctEnd implements ReportedSpanBounds.Cut {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    @Override
    public String name() {
        return "cue-conjunct";
    }

    @Override
    public int end(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int cue = ReportedSpanBounds.cueBefore(a, f);
        int first = a.tokenAt(f.start);
        if (cue < 0 || first < 0 || !a.parsed(cue) || a.sentenceOf(cue) != a.sentenceOf(first)) {
            return f.end;
        }
        for (int verb : a.children(cue, "conj")) {
            if (verb <= first || a.token(verb).start() >= f.end || !FINITE.contains(a.token(verb).tag())
                    || !a.children(verb, "nsubj").isEmpty() || !a.children(verb, "expl").isEmpty()
                    || ClauseOwnConjunct.otherTense(a, draft.lexicon, verb, cue)) {
                continue;
            }
            int open = a.subtree(verb)[0]; // the conjunction ("and", "but") or the verb itself
            if (open > first && !draft.resolver.insideQuote(a.token(open).start())) {
                return ReportedSpanBounds.before(draft, open, f.start);
            }
        }
        return f.end;
    }
}

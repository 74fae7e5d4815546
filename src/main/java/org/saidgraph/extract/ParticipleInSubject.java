package org.saidgraph.extract;

/**
 * Cut {@code participle-in-subject}: a text-pattern statement ({@code pattern-verb}) whose cue is a participle on a
 * noun before it — "a driver [claiming ties to the ferry union] blocked the pier", "a new fund [called Harbour First]
 * bought ads" — ends where the phrase holding that noun ends, before the verb that phrase is the subject (or another
 * dependent) of. The text pattern reads on to the sentence's end, through the outer predicate; the parse says where
 * the participle's noun phrase stops: the head chain from the cue climbs to the noun before the cue and then to a word
 * of the statement after the cue, which is the outer verb. The statement then ends with the right edge of the branch
 * of that verb that holds the cue. No such verb (the participle's own clause closes the sentence), no cut. Only a
 * participle ({@code acl}/{@code amod}) on a common noun, climbing through nominal relations to a subject: without
 * these guards the cut also split reported clauses that the parse hangs on a participle. All 840 train (session 32):
 * 4 statements changed, 1 attribution newly found; see docs/extraction.md.
 */
final class ParticipleInSubject implements ReportedSpanBounds.Cut {

    @Override
    public String name() {
        return "participle-in-subject";
    }

    @Override
    public int end(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int c = a.tokenAt(f.cue);
        if (!"pattern-verb".equals(f.rule) || f.cue < 0 || c < 0 || a.token(c).start() != f.cue || !a.parsed(c)) {
            return f.end;
        }
        String rel = a.relation(c) == null ? "" : a.relation(c);
        int noun = a.head(c);
        if (!(rel.equals("acl") || rel.equals("amod")) || noun < 0 || a.token(noun).start() >= f.cue
                || !a.token(noun).tag().startsWith("NN")) {
            return f.end; // not a participle on a noun before it
        }
        int branch = noun;
        for (int guard = 0; guard < 6 && a.head(branch) >= 0; guard++) {
            String r = a.relation(branch) == null ? "" : a.relation(branch);
            int up = a.head(branch);
            Analysis.Token t = a.token(up);
            if (r.startsWith("nsubj")) {
                if (t.start() <= f.cue || t.end() > f.end || !t.tag().startsWith("VB") && !t.tag().startsWith("JJ")) {
                    return f.end;
                }
                int last = a.subtree(branch)[1];
                if (last >= up || a.token(last).end() <= f.start) {
                    return f.end;
                }
                return ReportedSpanBounds.before(draft, last + 1, f.start);
            }
            if (!(r.startsWith("nmod") || r.equals("compound") || r.equals("appos") || r.equals("conj"))) {
                return f.end;
            }
            branch = up;
        }
        return f.end;
    }
}

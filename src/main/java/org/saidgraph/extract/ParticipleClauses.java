package org.saidgraph.extract;

/**
 * "The authority denied that claim in a short statement, saying it had …": the parser may read "that claim" as the
 * subordinator and subject of the clause after "saying", so that the clause it makes the speech verb's complement
 * holds, before its own verb, a speech participle after a comma. That clause is garbled: what was said is what
 * follows the participle ("it had …"), never the noun phrase before it, and never a span that opens a quotation it
 * does not close. Used where a complement clause is read: {@link VerbCueSieve} and {@link FragmentClauses}.
 */
final class ParticipleClauses {

    private ParticipleClauses() {
    }

    /**
     * The speech participle ("saying", "adding", "insisting") that the clause headed by {@code clause}, a complement
     * of the verb at {@code cue}, holds between the verb and its own head after a comma; -1 when there is none.
     */
    static int inside(Analysis a, SpeechLexicon lexicon, int clause, int cue) {
        int first = a.subtree(clause)[0];
        for (int p = Math.max(first, cue + 2); p < clause; p++) {
            Analysis.Token t = a.token(p);
            if (t.tag().equals("VBG") && a.head(p) == clause && lexicon.verb(t.lemma()) != null
                    && a.token(p - 1).word().equals(",")) {
                return p;
            }
        }
        return -1;
    }

    /** Whether a complement clause of the verb at {@code cue} holds such a participle: its reading is garbled. */
    static boolean garbled(Analysis a, SpeechLexicon lexicon, int cue) {
        return a.children(cue, "ccomp").stream().anyMatch(c -> inside(a, lexicon, c, cue) >= 0);
    }

    /** The clause's token range {@code [first, last]}, from after such a participle when it holds one. */
    static int[] range(Analysis a, SpeechLexicon lexicon, int clause, int cue) {
        int[] r = a.subtree(clause);
        int p = inside(a, lexicon, clause, cue);
        return p < 0 ? r : new int[]{p + 1, closed(a, p + 1, r[1])};
    }

    /**
     * The end of {@code [first, last]} moved on to the closing quotation mark when the range opens a quotation it
     * does not close: the parser hangs the closing mark (after the period) on the sentence's root, not on the clause.
     */
    static int closed(Analysis a, int first, int last) {
        int open = 0;
        for (int i = first; i <= last; i++) {
            String tag = a.token(i).tag();
            open += tag.equals("``") ? 1 : tag.equals("''") ? -1 : 0;
        }
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(last));
        int end = last;
        for (int i = last + 1; open > 0 && i < s.end(); i++) {
            String tag = a.token(i).tag();
            if (tag.equals("''")) {
                open--;
                end = i;
            } else if (!tag.equals(".") && !tag.equals(",")) {
                break;
            }
        }
        return open > 0 ? last : end;
    }
}

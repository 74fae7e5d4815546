package org.saidgraph.extract;

/** A wire dateline opening a sentence ("LISBON ― …", "LVIV, Ukraine (AP) — …"): the wire's words, never a speaker's. */
final class Dateline {

    private Dateline() {
    }

    /**
     * The first token after a dateline that opens the sentence ("LISBON ― …", "LVIV, Ukraine (AP) — …": capitalised
     * words, commas and a parenthesis, then a dash), else the sentence's first token.
     */
    static int after(Analysis a, Analysis.Sentence s) {
        int i = s.first();
        while (i < s.end() && i - s.first() < 8 && (a.token(i).word().matches("\\p{Lu}[\\p{L}.'’]*|[,()]")
                || a.token(i).tag().matches("-[LR]RB-"))) {
            i++;
        }
        return i > s.first() && i < s.end() && a.token(i).word().matches("--|—|–|-|―") ? i + 1 : s.first();
    }
}

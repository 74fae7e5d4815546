package org.saidgraph.extract;

/**
 * Guard {@code quoted-phrase-on-verb} of {@link VerbCueSieve}: quoted words that are only a prepositional phrase on
 * the speech verb ("ready to talk “at any hour”", "vowed to negotiate “in good faith”") say how or when the verb's
 * subject would speak, not what was said. Read after the verb because they open with a quotation mark, they became a
 * statement of their own, lying inside the statement of the clause around them ("She said the company remained
 * ready to talk “at any hour”"). Found in a trial article of the team's own writing (session 28).
 */
final class QuotedPhraseOnVerb {

    private QuotedPhraseOnVerb() {
    }

    /**
     * Whether {@code first..last}, read for the verb at {@code cue}, is one oblique phrase of that verb (an "obl" whose
     * subtree covers the words) opening with a preposition and a quotation mark.
     */
    static boolean onlyAPhrase(Analysis a, int cue, int first, int last) {
        int from = first;
        while (from <= last && Quotes.isMark(a.token(from))) {
            from++;
        }
        int to = last;
        while (to >= from && (Quotes.isMark(a.token(to)) || a.token(to).tag().equals("."))) {
            to--;
        }
        if (from == first || from > to || !"case".equals(a.relation(from))) {
            return false;
        }
        // After a comma or colon the quotation stands for itself ("then asked, “With nukes?”"; "added, “In a
        // campaign things heat up”", which the parser may also read as a phrase): only a phrase that runs on from
        // the verb with no break is one of its adverbials.
        String before = first > 0 ? a.token(first - 1).word() : "";
        if (before.equals(",") || before.equals(":")) {
            return false;
        }
        int phrase = a.head(from);
        if (phrase < 0 || a.head(phrase) != cue || !"obl".equals(VerbCueSieve.base(a.relation(phrase)))) {
            return false;
        }
        int[] span = a.subtree(phrase);
        return span[0] == from && span[1] >= to;
    }
}

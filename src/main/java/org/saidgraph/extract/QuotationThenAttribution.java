package org.saidgraph.extract;

import java.util.Set;

/**
 * Cut {@code quotation-then-attribution}: a reported statement whose quotation is followed by a comma and an
 * attribution that closes the statement — "said the board had put the contract in a “sealed drawer,” <i>the Gazette
 * reported</i>", "… would “run until the ice comes,” <i>Velez added</i>", "…,” <i>according to the Gazette</i>",
 * "…,” <i>said Ana Ruiz, a ferry captain</i>" — ends at the quotation's closing mark: the attribution tells who
 * reported the words (often a second source relaying the first), it is no part of them. The parse tends to make the
 * closing attribution's verb the sentence's root, so the speech verb's clause runs on through it. Only when the
 * attribution is the statement's last clause: a subject of at most six words (a name, "the" and a noun; not a
 * pronoun alone) before a finite speech verb of the lexicon, or that verb before its subject, or "according to";
 * and after its verb at most a circumstance ("reported in 2009", "said as she left"), no "that", object or
 * quotation, which would make it say something of its own. On all 840 PolNeAR train articles (session 34,
 * docs/extraction.md): 4 attributions more found strictly, 1 more found, no verdict lost.
 */
final class QuotationThenAttribution implements ReportedSpanBounds.Cut {

    private static final Set<String> SUBJECT_TAGS = Set.of("PRP", "DT", "NNP", "NNPS", "NN", "NNS", "POS", "JJ");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    private static final int SUBJECT_WORDS = 6;

    @Override
    public String name() {
        return "quotation-then-attribution";
    }

    @Override
    public int end(Draft draft, Found f) {
        Analysis a = draft.analysis;
        // The attribution must close the clause of a speech verb before the statement: an "according to" statement,
        // or one around its own verb, holds a whole attribution that the reporter relays, the closing one included
        if (ReportedSpanBounds.cueBefore(a, f) < 0 || f.rule != null && f.rule.startsWith(AccordingToSieve.RULE)) {
            return f.end;
        }
        for (Quote q : draft.quotes) {
            if (!QuotationEndsClause.closedInside(draft, f, q)) {
                continue;
            }
            int next = a.tokenAt(q.after());
            while (next >= 0 && next < a.tokens().size() && a.token(next).start() < q.after()) {
                next++;
            }
            // American style sets the comma inside the closing mark: “…,” the Gazette reported
            boolean comma = draft.text.charAt(q.close() - 1) == ',';
            if (next >= 0 && next < a.tokens().size() && a.token(next).word().equals(",")) {
                comma = true;
                next++;
            }
            if (comma && next >= 0 && next < a.tokens().size() && attribution(draft, f, next)) {
                return q.after();
            }
        }
        return f.end;
    }

    /** Whether the words of {@code f} from token {@code first} to its end are an attribution. */
    private static boolean attribution(Draft draft, Found f, int first) {
        Analysis a = draft.analysis;
        int last = first;
        while (last + 1 < a.tokens().size() && a.token(last + 1).start() < f.end) {
            last++;
        }
        if (a.sentenceOf(last) != a.sentenceOf(first)) {
            return false;
        }
        if (a.token(first).word().equalsIgnoreCase("according") && first + 1 <= last
                && a.token(first + 1).word().equalsIgnoreCase("to")) {
            return true;
        }
        if (speechVerb(draft, first) && first + 1 <= last && a.token(first + 1).tag().startsWith("NNP")) {
            return true; // "…,” said Ana Ruiz
        }
        for (int i = first; i <= last && i - first <= SUBJECT_WORDS; i++) {
            if (speechVerb(draft, i)) {
                // Not a pronoun alone ("…,” she said): it mostly repeats the attribution of the statement's own
                // speaker, whose next quotation its reading then takes over (on PolNeAR train it lost one)
                return i > first && !(i == first + 1 && a.token(first).tag().equals("PRP"))
                        && (i == last || closing(a.token(i + 1), a.token(i).lemma()));
            }
            if (!SUBJECT_TAGS.contains(a.token(i).tag())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the word after the attribution's verb leaves the attribution closing: punctuation, a preposition,
     * subordinator or adverb opening its circumstance ("reported in 2009", "said as she left"), or after "told" its
     * hearer ("told the Gazette when asked"). Not "that", an object or a quotation ("expressed a desire to “…”"): the
     * verb says something of its own.
     */
    private static boolean closing(Analysis.Token next, String verb) {
        String tag = next.tag();
        return !next.word().equalsIgnoreCase("that") && !Quotes.isMark(next) && (tag.equals("IN")
                || tag.startsWith("RB") || tag.equals(",") || tag.equals(".") || tag.equals(":")
                || verb.equals("tell") && tag.matches("NNP?S?|PRP|DT"));
    }

    private static boolean speechVerb(Draft draft, int token) {
        Analysis.Token t = draft.analysis.token(token);
        return FINITE.contains(t.tag()) && draft.lexicon.verb(t.lemma()) != null;
    }
}

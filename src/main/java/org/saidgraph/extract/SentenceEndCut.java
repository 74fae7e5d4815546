package org.saidgraph.extract;

/**
 * Cut {@code sentence-end}: a text-pattern statement ({@code pattern-verb}) with no quotation mark in it ends where
 * the sentence holding its start ends — "attacking [the party's nominee]. The former senator mocked him …", "wrote [a
 * letter to the network asking that the proceeds go to charity]. The network did not respond …". The text pattern
 * ends a reported clause by its own reading of the sentence, which runs past a full stop the tokenizer splits at; a
 * reported clause does not go on into the next sentence without a quotation carrying it (the layout missed the
 * break after a no-break space). All train: 2 statements cut, none finding gold before, 1 after (precision +1); a
 * quotation that goes on into the next sentence ("noted. “…”") is left. For every rule the same cut lost 7 reported
 * attributions found (18 cut), so it stays with the text pattern.
 */
final class SentenceEndCut implements ReportedSpanBounds.Cut {

    @Override
    public String name() {
        return "sentence-end";
    }

    @Override
    public int end(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (!"pattern-verb".equals(f.rule) || first < 0 || NotSpeechFilters.quoted(draft.text, f)) {
            return f.end;
        }
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(first));
        int end = a.token(s.end() - 1).end();
        return end < f.end ? end : f.end;
    }
}

package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code bare-document-object}: a verb of putting out a text whose object is only the name of that text —
 * "the mayor issued [a statement]", "she posted [a new video]" — reports that something was said, not what: the words
 * are elsewhere (a quotation after a colon, the next sentence), or nowhere. Dropped when the statement is at most four
 * words after its cue, ends with a noun of a document and holds nothing else but determiners, possessives,
 * numbers and adjectives; "issued a statement saying …", "posted a photo of …" carry more and are kept. The verbs
 * and nouns are data ({@code src/main/resources/extract/not-speech-senses.tsv}, shapes {@code document-verb} and
 * {@code document-noun}). On all of PolNeAR train (session 18) the shape made 4 statements, none an attribution.
 */
final class BareDocumentObject implements NotSpeechFilters.Filter {

    static final Set<String> VERBS = Gazetteer.words("/extract/not-speech-senses.tsv", "document-verb");
    static final Set<String> NOUNS = Gazetteer.words("/extract/not-speech-senses.tsv", "document-noun");
    private static final int LONGEST = 4;

    @Override
    public String name() {
        return "bare-document-object";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        int cue = NotSpeechFilters.cueBefore(draft, f, VERBS);
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (cue < 0 || first < 0) {
            return false;
        }
        int last = -1;
        int words = 0;
        for (int i = first; i < a.tokens().size() && a.token(i).start() < f.end; i++) {
            String tag = a.token(i).tag() == null ? "" : a.token(i).tag();
            if (!NotSpeechFilters.letters(a.token(i).word(), 0, a.token(i).word().length())) {
                continue;
            }
            words++;
            last = i;
            if (!(tag.equals("DT") || tag.equals("PRP$") || tag.equals("CD") || tag.startsWith("JJ")
                    || tag.startsWith("NN"))) {
                return false;
            }
        }
        return last >= 0 && words <= LONGEST
                && NOUNS.contains(a.token(last).word().toLowerCase(Locale.ROOT));
    }
}

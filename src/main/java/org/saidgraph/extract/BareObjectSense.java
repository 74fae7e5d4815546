package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code bare-object-sense}: some speech verbs with one noun phrase as their object and nothing said of it
 * mean something else — "the party maintained its lead" (kept), "the inquiry continues its work" (went on with),
 * "the vote would signal a turn". With a clause ("maintained that …"), a second complement or a quotation they
 * report speech, and are not judged. The verbs are data
 * ({@code src/main/resources/extract/not-speech-senses.tsv}); the parse decides the rest: the statement's one head
 * outside it is the cue's object, and the cue has no particle ("called out" is another verb).
 */
final class BareObjectSense implements NotSpeechFilters.Filter {

    static final Set<String> VERBS = Gazetteer.words("/extract/not-speech-senses.tsv", "bare-object");

    @Override
    public String name() {
        return "bare-object-sense";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (f.verbatim || f.quoteOnly || f.cue < 0 || f.cue >= f.start || NotSpeechFilters.quoted(draft.text, f)) {
            return false;
        }
        Analysis a = draft.analysis;
        int cue = a.tokenAt(f.cue);
        int first = a.tokenAt(f.start);
        if (cue < 0 || first < 0 || !a.parsed(cue) || !VERBS.contains(lemma(a, cue)) || particle(a, cue)) {
            return false;
        }
        int head = NotSpeechFilters.spanHead(a, first, f);
        if (head < 0 || a.head(head) != cue) {
            return false;
        }
        String tag = a.token(head).tag() == null ? "" : a.token(head).tag();
        return "obj".equals(a.relation(head)) && (tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("CD"));
    }

    private static String lemma(Analysis a, int i) {
        String l = a.token(i).lemma();
        return (l == null ? a.token(i).word() : l).toLowerCase(Locale.ROOT);
    }

    /** Whether the verb has a particle of its own ("call off", "call out"), which makes it another verb. */
    private static boolean particle(Analysis a, int cue) {
        for (int i = Math.max(0, cue - 3); i < Math.min(a.tokens().size(), cue + 4); i++) {
            if (i != cue && a.head(i) == cue && "compound:prt".equals(a.relation(i))) {
                return true;
            }
        }
        return false;
    }
}

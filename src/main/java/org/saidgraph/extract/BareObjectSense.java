package org.saidgraph.extract;

import java.util.Set;

/**
 * Rule {@code bare-object-sense}: some speech verbs with one noun phrase as their object and nothing said of it
 * mean something else — "the party maintained its lead" (kept), "the inquiry continues its work" (went on with),
 * "the town boasts a new pier" (has), "the vote would signal a turn". With a clause ("maintained that …"), a second
 * complement or a quotation they report speech, and are not judged; nor is a statement that a colon after the verb
 * opens ("boasts of them in every speech: the levy, the bailout …" lists what was boasted). The verbs are data
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
        int cue = NotSpeechFilters.cueBefore(draft, f, VERBS);
        Analysis a = draft.analysis;
        if (cue < 0 || particle(a, cue) || draft.text.substring(a.token(cue).end(), f.start).contains(":")) {
            return false; // "boasts of them in every speech: X, Y and Z": what a colon opens is what was said
        }
        int first = a.tokenAt(f.start);
        int head = NotSpeechFilters.spanHead(a, first, f);
        if (head < 0 || a.head(head) != cue) {
            return false;
        }
        String tag = a.token(head).tag() == null ? "" : a.token(head).tag();
        return "obj".equals(a.relation(head)) && (tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("CD"));
    }

    /** Whether the verb has a particle of its own ("call off", "call out"), which makes it another verb. */
    static boolean particle(Analysis a, int cue) {
        for (int i = Math.max(0, cue - 3); i < Math.min(a.tokens().size(), cue + 4); i++) {
            if (i != cue && a.head(i) == cue && "compound:prt".equals(a.relation(i))) {
                return true;
            }
        }
        return false;
    }
}

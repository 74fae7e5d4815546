package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code document-to-recipient}: a verb of putting out a text whose object is the name of that text and then
 * only whom or where it went — "she wrote [a letter to the harbour board]", "he posted [the clip to his channel]",
 * "the mayor issued [the following statement]" — reports that something was written, not what: the words are
 * elsewhere (after a colon, in the next sentence) or nowhere. {@link BareDocumentObject} drops the bare noun; this
 * drops it with a phrase opened by "to" or "for" (the addressee, the outlet) that has no verb, no relative word and no
 * "of" in it, and the bare noun after "the following". "wrote a letter to the board asking …", "posted a photo of …",
 * "wrote a piece on …" carry what was said and are kept. Verbs and nouns are those of {@link BareDocumentObject}.
 */
final class DocumentToRecipient implements NotSpeechFilters.Filter {

    /** Words that open the recipient or outlet of a text. */
    private static final Set<String> OPENERS = Set.of("to", "for");
    private static final int LONGEST = 4;

    @Override
    public String name() {
        return "document-to-recipient";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        int cue = NotSpeechFilters.cueBefore(draft, f, BareDocumentObject.VERBS);
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (cue < 0 || first < 0) {
            return false;
        }
        int noun = -1;
        boolean following = false;
        int words = 0;
        int i = first;
        for (; i < a.tokens().size() && a.token(i).start() < f.end; i++) {
            Analysis.Token t = a.token(i);
            if (!NotSpeechFilters.letters(t.word(), 0, t.word().length())) {
                continue;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            String tag = t.tag() == null ? "" : t.tag();
            if (++words > LONGEST) {
                return false;
            }
            if (BareDocumentObject.NOUNS.contains(w)) {
                noun = i;
                break;
            }
            if (w.equals("following")) {
                following = true;
            } else if (!(tag.equals("DT") || tag.equals("PRP$") || tag.equals("CD") || tag.startsWith("JJ")
                    || tag.startsWith("NN"))) {
                return false;
            }
        }
        if (noun < 0) {
            return false;
        }
        boolean opened = false;
        for (int j = noun + 1; j < a.tokens().size() && a.token(j).start() < f.end; j++) {
            Analysis.Token t = a.token(j);
            if (!NotSpeechFilters.letters(t.word(), 0, t.word().length())) {
                continue;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            String tag = t.tag() == null ? "" : t.tag();
            if (!opened) {
                if (!OPENERS.contains(w)) {
                    return false;
                }
                opened = true;
                continue;
            }
            if (tag.startsWith("VB") || tag.startsWith("W") || w.equals("that") || w.equals("of")) {
                return false;
            }
        }
        return opened || following;
    }
}

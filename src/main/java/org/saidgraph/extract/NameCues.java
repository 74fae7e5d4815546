package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code name-cue}: a speech word that is one word of a capitalized name — "the Lakeside State [Fair Grounds]",
 * "White House Press [Secretary Jane Roe]", "in State [College]" — is no speech verb, and what follows it was not
 * said. Judged: a reported statement whose cue the tagger makes a proper noun (NNP, NNPS), not opening its sentence,
 * followed by a word with a capital, and not after an article ("the State Department to release …" may be an
 * object's words read from the verb before it), in a sentence of narration (a word in lower case before the cue, so
 * not a headline whose every word opens with a capital). On PolNeAR train every such statement (4) found no attribution.
 */
final class NameCues implements NotSpeechFilters.Filter {

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    @Override
    public String name() {
        return "name-cue";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (f.verbatim || f.quoteOnly || f.cue < 0 || f.cue >= f.start) {
            return false;
        }
        Analysis a = draft.analysis;
        int cue = a.tokenAt(f.cue);
        if (cue < 1 || cue + 1 >= a.tokens().size() || a.sentenceOf(cue) != a.sentenceOf(cue - 1)
                || a.sentenceOf(cue) != a.sentenceOf(cue + 1)) {
            return false;
        }
        String tag = a.token(cue).tag() == null ? "" : a.token(cue).tag();
        String next = a.token(cue + 1).word();
        String before = a.token(cue - 1).word().toLowerCase(Locale.ROOT);
        return tag.startsWith("NNP") && Character.isUpperCase(a.token(cue).word().charAt(0))
                && Character.isUpperCase(next.charAt(0)) && a.token(cue + 1).start() >= f.start
                && !ARTICLES.contains(before) && narration(a, cue);
    }

    /**
     * A word in lower case of four letters or more before the cue in its sentence: the sentence is narration, not a
     * headline or a title whose every word opens with a capital ("Jane Roe Denies Plan To …").
     */
    private static boolean narration(Analysis a, int cue) {
        for (int i = a.sentences().get(a.sentenceOf(cue)).first(); i < cue; i++) {
            String w = a.token(i).word();
            if (w.length() >= 4 && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }
}

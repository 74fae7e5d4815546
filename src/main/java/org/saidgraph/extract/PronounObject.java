package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code verb-object-pronoun}: a pronoun is no object reading of its own ("praised him" says nothing), but a
 * pronoun followed at once by the phrase that says what of it — "accused him of lying", "chided her for siding with
 * …", "dismissed him as a weekend sailor", "challenged him to a debate" — is read with that phrase, as PolNeAR
 * annotates it ("him of lying").
 */
final class PronounObject {

    static final String RULE = "verb-object-pronoun";
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "as", "against", "over", "to", "on");

    private PronounObject() {
    }

    /** Whether the pronoun object at {@code object} of the verb at {@code cue} is read with the phrase right after it. */
    static boolean reads(Analysis a, SpeechLexicon.Verb verb, int cue, int object) {
        if (!verb.object() || verb.lemma().equals("call") || object + 2 >= a.tokens().size()
                || a.sentenceOf(object + 2) != a.sentenceOf(object)) {
            return false;
        }
        for (int v = cue; v >= 0; v = a.head(v)) {
            for (int c : a.children(v, "conj")) {
                if (c > object) {
                    // "called China …, accusing it of “creating …” and “clearly militarizing” the waters": the parse
                    // hangs the second half on the verb or a verb above it, so the object reading would stop
                    // halfway; the later readings take it whole.
                    return false;
                }
            }
        }
        // "Senator Defends Himself Against Claims …": a capitalized pronoun is a headline's, whose words PolNeAR reads
        // otherwise.
        return Character.isLowerCase(a.token(object).word().charAt(0))
                && PREPOSITIONS.contains(a.token(object + 1).word().toLowerCase(Locale.ROOT));
    }
}

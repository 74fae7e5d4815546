package org.saidgraph.extract;

import java.util.Locale;

/**
 * Rule split-quote-pronoun: the "he"/"she" of a verb between two quotation pieces (“…,” he said, “…”) names the
 * second piece's speaker as it names the first's, which {@link Sources#pronoun} resolves with the parse (the subject of
 * the main verb before a subject inside its clause, rule pronoun-main-subject). Resolving the second piece apart, with
 * the parse-free {@link SpeakerResolver}, could give the two halves of one quotation two speakers, and the halves are
 * only joined when they agree.
 */
final class SplitQuotePronoun {
    static final String RULE = "split-quote-pronoun";

    private SplitQuotePronoun() {
    }

    /** The speaker {@link Sources} gives a he/she subject, or null when the subject is no such pronoun. */
    static String speaker(Draft d, Mention subject) {
        if (subject == null || subject.kind() != Mention.Kind.PRONOUN) {
            return null;
        }
        String word = d.text.substring(subject.start(), subject.end()).toLowerCase(Locale.ROOT);
        if (!word.equals("he") && !word.equals("she")) {
            return null;
        }
        int token = d.analysis.tokenAt(subject.start());
        return token < 0 ? null : d.sources.pronoun(word, token);
    }
}

package org.saidgraph.link;

import java.util.Locale;

/**
 * How a statement is one utterance with others, in order of confidence: the same text; the same words once case,
 * quotation marks, dashes, whitespace and punctuation are set aside; a quotation that is part of the utterance's
 * longer quotation; or reported speech whose wording is similar enough ({@link Paraphrase}).
 */
public enum Match {
    EXACT, NORMALISED, CONTAINED, PARAPHRASE;

    /** As stored on OCCURRENCE_OF and shown in the API: exact, normalised, contained, paraphrase. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Match of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}

package org.saidgraph.extract;

import java.util.regex.Pattern;

/**
 * Rule fronted-question-no-antecedent: in "Asked whether Halden would win, she said …" the "she" is the one asked,
 * the subject the fronted participle clause leaves out; the names inside that clause are what the question was about
 * and never the pronoun's antecedent, whatever their gender. Used by pronoun resolution in extraction and by the
 * scorer's resolution of gold sources, which otherwise both took the nearest name before the pronoun.
 */
public final class FrontedQuestion {

    /** A sentence opening (after "When", "If" …) with a participle of asking, its clause closed by a comma. */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:When|If|Once|After|But|And|Later|Then),?\\s+)*"
            + "(?i:asked|pressed|questioned|challenged)\\b[^.?!]*,\\s*$");

    private FrontedQuestion() {
    }

    /**
     * Whether the words from {@code sentenceStart} up to {@code pronoun} are a fronted question clause ending in the
     * comma right before the pronoun ("Asked about the levy, [he] said …").
     */
    public static boolean before(CharSequence text, int sentenceStart, int pronoun) {
        if (sentenceStart < 0 || pronoun <= sentenceStart || pronoun > text.length()) {
            return false;
        }
        return OPENING.matcher(text.subSequence(sentenceStart, pronoun)).find();
    }
}

package org.saidgraph.extract;

/**
 * Rule {@code verb-after-narration}: in "NARRATION, SPEAKER VERB, “QUOTATION”" (an attribution set inside its
 * sentence, the speaker before the verb), the words before the speaker are the reporter's narration, not the start
 * of what was said, when what follows the verb is a quotation that opens a sentence of its own — its first word
 * capitalized: "After the host asked who would win, she replied, “If I were guessing, …”", "Soon after the vote, he
 * wrote to his followers, “It is time …”". A quotation that opens in lower case ("Many, he said, “have closed”")
 * goes on with the words before it, and those stay in. Not when the words before hold a dash: the quotation is then
 * an aside within the reporter's sentence ("… plans to move - “I love them,” he said, “…” - and vowed …"), where
 * the clause after it belongs to another attribution. The parser makes the framing verb-around reading otherwise.
 */
final class NarrationBeforeQuote {

    static final String RULE = "verb-after-narration";
    /** The marker {@link VerbCueSieve} puts in the fourth place of a content range this rule read. */
    static final int MARK = 1;

    private NarrationBeforeQuote() {
    }

    /**
     * Whether the words {@code before} a parenthetical attribution are narration, given the words {@code after} it,
     * in a sentence ending before token {@code sentenceEnd}.
     */
    static boolean reads(Analysis a, int[] before, int[] after, int sentenceEnd) {
        if (!Quotes.isMark(a.token(after[0])) || after[0] + 1 >= sentenceEnd
                || !Character.isUpperCase(a.token(after[0] + 1).word().codePointAt(0))) {
            return false;
        }
        for (int i = before[0]; i <= before[1]; i++) {
            if (a.token(i).word().matches("-|--|—|–")) {
                return false;
            }
        }
        return true;
    }
}

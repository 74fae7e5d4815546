package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Step {@code topic-after-about} of {@link StatementStarts}: a `verb-complement` statement that opens with the "about"
 * of its speech verb's topic ("talked [about] how the ferry would run", "complained [about] not being heard", "spoke
 * instead [about] the fares") begins after it, as the annotators of PolNeAR start such content at the topic. The step
 * {@code leading-preposition} leaves clauses after a preposition whole and does not read this rule; "about" is the
 * exception: on all of PolNeAR train, of the in-scope gold contents next to an "about", 105 begin after it, and
 * the 14 that begin with it are an amount ("said about half of …") or the topic of a question ("asked X about …").
 * Only "about" right after the cue (adverbs between allowed) and not before an amount.
 */
final class TopicAfterAbout implements StatementStarts.Step {

    static final String NAME = "topic-after-about";

    /** Words after "about" that make it "roughly": "about half of the votes", "about a third". */
    private static final Set<String> AMOUNTS = Set.of("half", "a", "one", "third", "quarter", "dozen", "twice",
            "as", "the");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean reads(Found f) {
        return "verb-complement".equals(f.rule);
    }

    @Override
    public int start(Draft draft, Found f, int first) {
        Analysis a = draft.analysis;
        if (!a.token(first).word().equals("about") || f.cueEnd < 0 || a.token(first).start() < f.cueEnd
                || first + 1 >= a.tokens().size() || a.sentenceOf(first + 1) != a.sentenceOf(first)) {
            return -1;
        }
        int cueLast = a.tokenAt(f.cueEnd - 1);
        for (int t = cueLast + 1; t < first; t++) {
            String tag = a.token(t).tag();
            if (!tag.startsWith("RB") && !tag.equals("RP")) {
                return -1; // "said [in a statement] about …": not the verb's own topic word
            }
        }
        Analysis.Token next = a.token(first + 1);
        String word = next.word().toLowerCase(Locale.ROOT);
        if (next.tag().equals("CD") || word.contains("-third") || word.contains("-quarter") || word.contains("half")
                || AMOUNTS.contains(word) && !amountIsTopic(a, first + 1)) {
            return -1;
        }
        return next.start();
    }

    /** "about the fares" and "about a plan" are topics; "about a third" and "about one in five" amounts. */
    private static boolean amountIsTopic(Analysis a, int t) {
        String word = a.token(t).word().toLowerCase(Locale.ROOT);
        if (!word.equals("the") && !word.equals("a")) {
            return false;
        }
        if (t + 1 >= a.tokens().size()) {
            return false;
        }
        String after = a.token(t + 1).word().toLowerCase(Locale.ROOT);
        return !after.equals("third") && !after.equals("quarter") && !after.equals("dozen") && !after.equals("half")
                && !a.token(t + 1).tag().equals("CD");
    }
}

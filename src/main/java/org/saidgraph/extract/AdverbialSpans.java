package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rule {@code adverbial-only}: drops a reported statement (never a quotation) whose words are only an adverbial
 * phrase with no verb: "At the same time" read before "she said", "in Phoenix on Wednesday night" read after "spoke".
 * Such a phrase says when, where or under what circumstances someone spoke, not what they said; on PolNeAR train
 * these were statements matching no attribution. The phrase openers are data
 * ({@code src/main/resources/extract/adverbial-openers.tsv}); topic prepositions ("spoke of", "called for") are not
 * among them, since their object is what was said.
 */
final class AdverbialSpans {

    private static final Set<String> OPENERS = Gazetteer.rows("/extract/adverbial-openers.tsv").stream()
            .map(r -> r[0].trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private AdverbialSpans() {
    }

    /** Whether {@code word} opens an adverbial phrase of time, place or circumstance ("at", "during", "over"). */
    static boolean opener(String word) {
        return OPENERS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code f} is a reported statement (not a quotation) that is only an adverbial phrase, or that stands
     * wholly before its cue with no verb at all (rule {@code verbless-before}: "Following the debate, she said …",
     * "Like a neighbour, he says …", "On the other side, the senator tweeted a warning"). Words reported before
     * the verb that reports them are a clause ("The plan will fail, critics say"); a phrase without a verb there is
     * the reporter's framing. On every eighth PolNeAR train article such phrases matched no attribution. Not the
     * passive subject a passive verb reports ({@link PassiveContent}: "The plan was rejected by the council").
     */
    static boolean adverbialOnly(Analysis analysis, Found f) {
        return !f.verbatim && !f.quoteOnly && (adverbialOnly(analysis, f.start, f.end)
                || f.cue >= f.end && verbless(analysis, f.start, f.end) && !PassiveContent.RULE.equals(f.rule));
    }

    /** Whether the text at {@code [start, end)} holds no verb and no quotation mark. */
    static boolean verbless(Analysis analysis, int start, int end) {
        int first = analysis.tokenAt(start);
        if (first < 0 || first >= analysis.tokens().size()) {
            return false;
        }
        for (int i = first; i < analysis.tokens().size() && analysis.token(i).start() < end; i++) {
            Analysis.Token t = analysis.token(i);
            if (t.tag().startsWith("VB") || t.tag().equals("MD") || quoteMark(t.word())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a token is a quotation mark, straight, curly or as the tokenizer writes it ("``", "''"). */
    static boolean quoteMark(String word) {
        return word.matches("[\"“”‘’']|''|``");
    }

    /** Whether the text at {@code [start, end)} opens with an adverbial opener and holds no verb. */
    static boolean adverbialOnly(Analysis analysis, int start, int end) {
        int first = analysis.tokenAt(start);
        if (first < 0 || first >= analysis.tokens().size()) {
            return false;
        }
        Analysis.Token opener = analysis.token(first);
        return opener.start() >= start && opener(opener.word()) && verbless(analysis, start, end);
    }
}

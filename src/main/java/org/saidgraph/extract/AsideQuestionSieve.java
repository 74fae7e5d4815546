package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Governor Elena Price, asked about the deal at an unrelated event, said it was a matter for the regulator.": a
 * question put to the speaker, set off by commas between the speaker and the verb she answers with (rule
 * {@value #RULE}). What was said is what follows the second verb, in that verb's act; the question is the
 * occasion, and with no asker named it is no one's statement (the model keeps no statement without a speaker).
 * The parser often reads "asked" as the sentence's verb and the answer as its complement, which made the answer a
 * question asked by the speaker; {@link VerbCueSieve} therefore leaves a question verb in this shape to this sieve,
 * which runs before it. The shape, not the parse, finds it: the speaker's phrase opens the sentence, the question
 * verb follows its comma (or "when" after it), and a finite speech verb follows the next comma.
 */
final class AsideQuestionSieve implements StatementSieve {

    static final String RULE = "asked-aside";

    /** The past forms that put a question to the subject: "asked", "pressed", "questioned". */
    private static final Set<String> QUESTIONED = Set.of("asked", "pressed", "questioned", "quizzed");
    /** Tokens of a speaker's phrase at the start of the sentence: "Governor Elena Price", "The city's mayor". */
    private static final String PHRASE_TAGS = "NN.*|JJ.*|DT|POS|CD|PRP\\$?";
    /** How far after the question verb the comma before the answering verb may be. */
    private static final int MAX_ASIDE = 30;

    @Override
    public List<Found> find(Draft draft) {
        List<Found> out = new ArrayList<>();
        Analysis a = draft.analysis;
        for (int q = 0; q < a.tokens().size(); q++) {
            int answer = answer(a, draft.lexicon, q);
            if (answer < 0 || draft.resolver.insideQuote(a.token(q).start())) {
                continue;
            }
            SpeechLexicon.Verb verb = draft.lexicon.verb(a.token(answer).lemma());
            Analysis.Sentence s = a.sentences().get(a.sentenceOf(q));
            int first = answer + 1;
            if (verb.hearer()) {
                first = hearerEnd(a, s, first); // "told reporters", "told him"
            }
            if (first < s.end() && a.token(first).word().equalsIgnoreCase("that")) {
                first++;
            }
            int[] content = TrailingAttributionSieve.trimmed(a, first, s.end() - 1);
            if (content == null || content[1] - content[0] + 1 < 3
                    || draft.resolver.insideQuote(a.token(content[0]).start())
                    || a.token(content[0]).word().matches("``|\"|“|'|‘")) {
                continue; // a quotation: the quotation sieves attribute it
            }
            int comma = q - 1 - (a.token(q - 1).word().equalsIgnoreCase("when") ? 1 : 0);
            Found f = TrailingAttributionSieve.statement(draft, content, comma - 1, answer, verb, RULE);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The finite speech verb that answers the question put by the verb at {@code question} in the shape above, or -1
     * when {@code question} is not such a verb. {@link VerbCueSieve} reads no question verb for which this is not -1.
     */
    static int answer(Analysis a, SpeechLexicon lexicon, int question) {
        Analysis.Token t = a.token(question);
        if (!QUESTIONED.contains(t.word().toLowerCase(Locale.ROOT)) || !t.tag().matches("VBN|VBD")) {
            return -1;
        }
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(question));
        int comma = question - 1;
        if (comma > s.first() && a.token(comma).word().equalsIgnoreCase("when")) {
            comma--;
        }
        if (comma <= s.first() || !a.token(comma).word().equals(",")
                || !a.token(comma - 1).tag().matches("NN.*|PRP")) {
            return -1;
        }
        for (int k = s.first(); k < comma; k++) {
            if (!a.token(k).tag().matches(PHRASE_TAGS)) {
                return -1; // the speaker's phrase must open the sentence
            }
        }
        for (int k = question + 1; k < Math.min(s.end() - 1, question + MAX_ASIDE); k++) {
            if (a.token(k).word().equals(",")) {
                Analysis.Token next = a.token(k + 1);
                SpeechLexicon.Verb verb = next.tag().matches("VB[DZP]") ? lexicon.verb(next.lemma()) : null;
                if (verb != null && verb.act() != Act.QUESTION) {
                    return k + 1;
                }
            }
        }
        return -1;
    }

    /** The token after the hearer from {@code from}: a pronoun ("him"), or a short noun phrase ("local reporters"). */
    private static int hearerEnd(Analysis a, Analysis.Sentence s, int from) {
        if (from < s.end() && a.token(from).tag().equals("PRP")) {
            return from + 1;
        }
        int to = from;
        while (to < s.end() && to - from < 5 && a.token(to).tag().matches("NN.*|JJ.*|DT|PRP\\$|CD|POS")) {
            to++;
        }
        return to;
    }
}

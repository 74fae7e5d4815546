package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule introduced-description: "A committee aide blasted the statement. “…,” the aide said." A definite description
 * ("the aide") right after an indefinite one of the same head noun that is a clause's subject ("A committee aide
 * blasted …", in the same sentence or one of the two before) is that newly introduced person, not someone named
 * earlier whose role fits the noun (an adviser the article named paragraphs before).
 */
final class IntroducedDescription {

    private static final Set<String> INDEFINITE = Set.of("a", "an");

    private IntroducedDescription() {
    }

    /** The head token of the introducing subject, or -1. */
    static int subjectBefore(Analysis analysis, SpeakerResolver resolver, int[] phrase, int head) {
        if (!analysis.token(phrase[0]).word().equalsIgnoreCase("the") || !analysis.token(head).tag().equals("NN")) {
            return -1;
        }
        String lemma = analysis.token(head).lowerLemma();
        int sentence = analysis.sentenceOf(phrase[0]);
        int floor = analysis.sentences().get(Math.max(0, sentence - 2)).first();
        for (int t = phrase[0] - 1; t >= floor; t--) {
            Analysis.Token token = analysis.token(t);
            if (!token.tag().equals("NN") || !token.lowerLemma().equals(lemma) || resolver.insideQuote(token.start())
                    || !VerbCueSieve.base(analysis.relation(t)).equals("nsubj")) {
                continue;
            }
            int first = analysis.subtree(t)[0];
            boolean indefinite = INDEFINITE.contains(analysis.token(first).word().toLowerCase(Locale.ROOT));
            return indefinite ? t : -1;
        }
        return -1;
    }
}

package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@value #RULE}: "spoke anonymously to discuss the ferry talks", "called a meeting to discuss the
 * options", "recited a verse to encourage voters to stay home": the infinitive after a verb of speaking or calling
 * says why the subject spoke, and when that infinitive is a speech verb itself, what was said is what that verb takes
 * (the talks, the options, voters to stay home), said by the first verb's subject. The verbs whose infinitive is such
 * a purpose are data ({@code not-speech-senses.tsv}, shape {@code purpose-infinitive}); "called on X to …" and
 * "called for X to …" are appeals, whose infinitive is what was said, and stay the {@code verb-infinitive} reading.
 */
final class PurposeSpeechVerb {

    static final String RULE = "purpose-speech-verb";
    /** The mark of this reading in the content range {@code VerbCueSieve} reads: {first, last, kind, MARK, verb}. */
    static final int MARK = 3;

    private static final Set<String> CUES = Gazetteer.words("/extract/not-speech-senses.tsv", "purpose-infinitive");
    private static final Set<String> APPEALS = Set.of("on", "upon", "for");

    private PurposeSpeechVerb() {
    }

    /**
     * Whether the infinitive {@code verb}, which the parse hangs on the speech verb at {@code cue}, is a speech verb
     * saying why the cue's subject spoke: "to" marks it, it has no subject of its own, words stand between the cue and
     * it (a bare "called to reject the plan" is an appeal), and the cue is a verb whose infinitive is a purpose, not
     * an appeal ("called on the board to explain" is what was asked).
     */
    static boolean of(Analysis a, SpeechLexicon lexicon, int cue, int verb) {
        String lemma = a.token(cue).lowerLemma();
        if (!CUES.contains(lemma) || verb <= cue || a.subtree(verb)[0] <= cue + 1 || !a.token(verb).tag().equals("VB")
                || lexicon.verb(a.token(verb).lemma()) == null || !a.children(verb, "nsubj").isEmpty()
                || a.children(verb, "mark").stream().noneMatch(m -> a.token(m).word().equalsIgnoreCase("to"))) {
            return false;
        }
        return !(lemma.equals("call") && cue + 1 < a.tokens().size()
                && APPEALS.contains(a.token(cue + 1).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * What a purpose verb with no object or clause speaks about: "to talk frankly [about the mood of the crews]",
     * the phrase after "about" that the parse hangs on it, as {first, last, kind 3}; or null.
     */
    static int[] topic(Analysis a, int verb) {
        for (int o : a.children(verb)) {
            int[] r = a.subtree(o);
            if (o > verb && VerbCueSieve.base(a.relation(o)).equals("obl") && r[0] < o
                    && a.token(r[0]).word().equalsIgnoreCase("about")) {
                return new int[]{r[0] + 1, r[1], 3};
            }
        }
        return null;
    }
}

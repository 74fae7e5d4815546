package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a passive speech verb with its agent reports: its passive subject ("The plan was first reported by the
 * local paper", "The proposal was rejected by most voters", rule {@code verb-passive}). {@link VerbCueSieve} takes
 * the agent after "by" as the speaker; the subject before the verb is what was reported, announced, denied …, and
 * PolNeAR's annotators take it as the content, however short ("It was never raised by the panel"). Not when
 * the verb also governs a clause ("It was announced by the council that …": the clause is what was said), nor for a
 * relative pronoun ("a plan that was turned down by …").
 */
final class PassiveContent {

    /** The content kind {@link VerbCueSieve} gives this reading (its rule is {@code verb-passive}). */
    static final int KIND = 7;
    static final String RULE = "verb-passive";

    private static final Set<String> CLAUSES = Set.of("ccomp", "csubj", "csubj:pass", "xcomp", "advcl");
    /** Prepositions of a phrase saying why or as what: "criticized for", "accused of", "dismissed as". */
    private static final Set<String> REASONS = Set.of("for", "of", "as", "over");
    /**
     * Lexicon verbs whose passive reports no speech ("will be continued by the foundation", "were attacked by
     * gunmen", "was stressed out by the guards", "were written by men"), or whose passive the annotators take with
     * the accusation after it ("was accused by her of …"), or whose passive subject is the speaker ("Roe was quoted by
     * the paper as saying …": the paper reports Roe's words, and Roe is not what was said).
     */
    private static final Set<String> NOT_PASSIVE = Set.of("continue", "attack", "stress", "write", "accuse", "quote");

    private PassiveContent() {
    }

    /**
     * {@code [first, last, KIND]} of the passive subject of the verb at {@code cue} whose agent is {@code agent}, or
     * null. Not for a verb with a hearer ("was asked by the host": the passive subject is the one asked), a verb that
     * says why or as what after it ("was criticized by rivals for …", "was mocked by him as …", "accused by her of
     * …": the annotators join the reason to the content, in pieces), an agent that is a thing ("is guaranteed by
     * law", "is explained by the rules"), nor a participle without an auxiliary ("the concerns being expressed by
     * …").
     */
    static int[] of(Analysis analysis, Sources sources, SpeechLexicon.Verb verb, int cue, int agent) {
        if (analysis.head(agent) != cue || !VerbCueSieve.base(analysis.relation(agent)).equals("obl")
                || !hasBy(analysis, agent) || agent < cue || verb.hearer() || NOT_PASSIVE.contains(verb.lemma())
                || sources != null && sources.thing(agent)) {
            return null;
        }
        boolean auxiliary = false;
        for (int c : analysis.children(cue)) {
            String rel = analysis.relation(c);
            if (CLAUSES.contains(rel) || c > cue && VerbCueSieve.base(rel).equals("obl") && c != agent
                    && REASONS.stream().anyMatch(w -> hasCase(analysis, c, w))) {
                return null;
            }
            auxiliary |= rel.equals("aux:pass") && !analysis.token(c).word().equalsIgnoreCase("being");
        }
        if (!auxiliary) {
            return null;
        }
        for (int p : analysis.children(cue, "nsubj:pass")) {
            Analysis.Token t = analysis.token(p);
            if (p > cue || t.tag().startsWith("W") || t.word().equalsIgnoreCase("that")) {
                continue;
            }
            int[] r = analysis.subtree(p);
            int lo = r[0];
            int hi = r[1];
            while (hi > lo && punctuation(analysis.token(hi))) {
                hi--;
            }
            while (lo < hi && punctuation(analysis.token(lo))) {
                lo++;
            }
            return new int[]{lo, hi, KIND};
        }
        return null;
    }

    /**
     * Rule {@code quoted-as-saying}: whether the verb at {@code cue} is a passive "quoted" followed, in its sentence, by
     * "as saying" or "as having said" ("Roe was quoted by the paper as saying the plan would fail"). The words are the
     * passive subject's, and the participle after "as" reads them; the agent only printed them.
     */
    static boolean quotedAsSaying(Analysis analysis, int cue) {
        if (!analysis.token(cue).lowerLemma().equals("quote") || !analysis.token(cue).tag().equals("VBN")
                || analysis.children(cue, "aux:pass").isEmpty()) {
            return false;
        }
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        for (int i = cue + 1; i + 1 < s.end(); i++) {
            if (analysis.token(i).word().equalsIgnoreCase("as")) {
                String next = analysis.token(i + 1).word().toLowerCase(Locale.ROOT);
                return next.equals("saying") || next.equals("having");
            }
        }
        return false;
    }

    /**
     * The speaker of a participle after "as" that a passive "quoted" governs ({@link #quotedAsSaying}): that verb's
     * passive subject ("The minister was quoted as having said that …": the minister), or -1.
     */
    static int quotedSpeaker(Analysis analysis, int cue) {
        int quoted = analysis.head(cue);
        if (quoted < 0 || quoted > cue || !quotedAsSaying(analysis, quoted)) {
            return -1;
        }
        List<Integer> subjects = analysis.children(quoted, "nsubj:pass");
        return subjects.isEmpty() ? -1 : subjects.get(0);
    }

    private static boolean hasBy(Analysis analysis, int agent) {
        return hasCase(analysis, agent, "by");
    }

    private static boolean hasCase(Analysis analysis, int token, String word) {
        for (int c : analysis.children(token, "case")) {
            if (analysis.token(c).word().toLowerCase(Locale.ROOT).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean punctuation(Analysis.Token t) {
        return t.word().length() == 1 && !Character.isLetterOrDigit(t.word().charAt(0));
    }
}

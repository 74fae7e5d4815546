package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code deep-conjoined-act}: "Jane Roe said she hasn't taken any new posts since joining the board <i>and
 * suggested</i> that the bigger question is …": the parser may hang a speech verb that follows "and"/"but" on a verb
 * deep inside the clause an earlier speech verb reports (here "joining"), where no subject can be climbed to. When
 * the speech verb has no subject or auxiliary of its own, shows the earlier speech verb's finite form ("said … and
 * suggested", "says … and calls") and the verb it is hung on shows another form ("joining", "lags", "raised" after
 * "had"), it is the earlier speaker's next act, as {@link VerbCueSieve}'s cut already reads it when it ends the
 * first clause before the "and". {@code conjoined-act-subject} does the same for a verb hung straight on the
 * reported clause's head after ", and". A second shape ({@link #form}, {@link #strayObject}): a participle the
 * tagger reads into a passive it is coordinated with, though an object follows it ("said no offer had been agreed
 * and accused the union of …"), is read as that past tense, with the object the parser gave the passive. On
 * PolNeAR train: see docs/extraction.md, session 32.
 */
final class DeepConjoinedAct {

    static final String NAME = "deep-conjoined-act";

    /** Adverbs that may stand between the conjunction and the verb: "and also urged", "but then added". */
    private static final Set<String> BETWEEN = Set.of("also", "then", "later", "again", "even", "further");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but");

    private DeepConjoinedAct() {
    }

    /**
     * The earlier speech verb whose subject is the one of the speech verb at {@code cue}, or -1: the first speech
     * verb of the lexicon up the parse from {@code cue}, before it, in its finite form, with the cue coordinated
     * ("conj") with a verb of another form on the way.
     */
    static int reportingVerb(Analysis a, SpeechLexicon lexicon, int cue) {
        String tag = form(a, cue);
        if (!tag.matches("VB[DZ]") || !base(a.relation(cue)).equals("conj") || !a.children(cue, "nsubj").isEmpty()
                || !a.children(cue, "nsubj:pass").isEmpty() || !a.children(cue, "aux").isEmpty()
                || !conjunctionBefore(a, cue)) {
            return -1;
        }
        int joined = a.head(cue);
        if (joined < 0 || !a.token(joined).tag().startsWith("VB") || a.token(joined).tag().equals(tag)) {
            return -1;
        }
        int v = joined;
        for (int guard = 0; guard < 8 && v >= 0; guard++) {
            int up = a.head(v);
            if (up < 0) {
                return -1;
            }
            if (up < cue && a.token(up).tag().equals(tag) && lexicon.verb(a.token(up).lemma()) != null
                    && base(a.relation(v)).matches("ccomp|xcomp|obj|dep|advcl|obl")) {
                return up;
            }
            v = up;
        }
        return -1;
    }

    /**
     * The finite form the verb at {@code i} shows: its tag, but past ("VBD") for a participle the tagger read into a
     * passive it is coordinated with ("said no offer had been agreed <i>and accused</i> the union of …"): a passive
     * participle takes no object, and one follows the conjunct, so it is an active past tense.
     */
    static String form(Analysis a, int i) {
        String tag = a.token(i).tag();
        int head = a.head(i);
        if (!tag.equals("VBN") || head < 0 || !base(a.relation(i)).equals("conj") || !a.children(i, "aux").isEmpty()
                || !a.children(i, "aux:pass").isEmpty() || a.children(head, "aux:pass").isEmpty()
                || i + 1 >= a.tokens().size() || !conjunctionBefore(a, i)) {
            return tag;
        }
        String next = a.token(i + 1).tag();
        boolean object = next.equals("DT") || next.startsWith("NN") || next.equals("PRP") || next.equals("PRP$");
        return object ? "VBD" : tag;
    }

    /**
     * The object of such a participle ({@link #form}), which the parser hangs on the passive it is coordinated with:
     * the token range of that passive's object after the participle, or null.
     */
    static int[] strayObject(Analysis a, int i) {
        if (!a.token(i).tag().equals("VBN") || !form(a, i).equals("VBD") || !a.children(i, "obj").isEmpty()) {
            return null;
        }
        for (int o : a.children(a.head(i), "obj")) {
            int[] r = a.subtree(o);
            if (r[0] == i + 1) {
                return new int[]{r[0], r[1]};
            }
        }
        return null;
    }

    /** Whether "and" or "but" stands right before the verb, or before one of the adverbs of {@link #BETWEEN}. */
    private static boolean conjunctionBefore(Analysis a, int cue) {
        int j = cue - 1;
        while (j > 0 && BETWEEN.contains(a.token(j).word().toLowerCase(Locale.ROOT))) {
            j--;
        }
        return j >= 0 && CONJUNCTIONS.contains(a.token(j).word().toLowerCase(Locale.ROOT));
    }

    private static String base(String relation) {
        return VerbCueSieve.base(relation);
    }
}

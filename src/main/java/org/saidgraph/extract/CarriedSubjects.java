package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * The subject of a speech verb that has none of its own in the parse, carried from the verb it goes with:
 * <ul>
 * <li>{@code coordinated-subject}: a verb after "and"/"but" shares the subject of the verb before it in the same
 * main clause ("The mayor arrived late and said the budget would pass"), where the parser hung the conjunct on a
 * noun or on a verb inside a reported clause;</li>
 * <li>{@code gerund-subject}: a gerund after "by", "after", "before" … shares the subject of the clause it hangs on
 * ("She closed the meeting by saying that …", "After talking about taxes, he turned to …"), which the parse gives as
 * an oblique and the subject search did not pass.</li>
 * </ul>
 * Tried only after {@link VerbCueSieve}'s own readings found no subject.
 */
final class CarriedSubjects {

    static final String COORDINATED = "coordinated-subject";
    static final String GERUND = "gerund-subject";

    /** Prepositions that open a gerund of the same subject as its clause: "by saying", "after talking". */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "after", "before", "while", "in", "despite",
            "besides", "since", "upon", "on", "without", "when");
    /** Relations of a verb that does not head a main clause of its own: an auxiliary, a subordinate clause. */
    private static final Set<String> NOT_MAIN = Set.of("aux", "cop", "amod", "acl", "advcl", "ccomp", "xcomp", "compound",
            "case", "mark", "det", "nmod", "obl", "nsubj", "obj");

    private final Analysis analysis;
    private final SpeakerResolver resolver;
    private final SpeechLexicon lexicon;
    /** The subject search of {@link VerbCueSieve} for another verb (its own readings and these). */
    private final IntUnaryOperator subjectOf;

    CarriedSubjects(Analysis analysis, SpeakerResolver resolver, SpeechLexicon lexicon, IntUnaryOperator subjectOf) {
        this.analysis = analysis;
        this.resolver = resolver;
        this.lexicon = lexicon;
        this.subjectOf = subjectOf;
    }

    /** Whether the verb at {@code v} is a gerund with a preposition that the parse hangs as an oblique. */
    static boolean gerundOblique(Analysis analysis, int v) {
        if (!analysis.token(v).tag().equals("VBG") || !VerbCueSieve.base(analysis.relation(v)).equals("obl")) {
            return false;
        }
        for (int c : analysis.children(v, "case")) {
            if (c < v && GERUND_PREPOSITIONS.contains(analysis.token(c).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code v} stands inside what a speech verb reports ("She said that he found a new way of
     * winning votes by promising …"): the reported words are that verb's statement, not one of their own.
     */
    private boolean reported(int v, SpeechLexicon lexicon) {
        int x = v;
        for (int guard = 0; guard < 8 && x >= 0; guard++) {
            int h = analysis.head(x);
            if (h < 0) {
                return false;
            }
            String rel = VerbCueSieve.base(analysis.relation(x));
            if ((rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis"))
                    && analysis.token(h).tag().startsWith("VB") && lexicon.verb(analysis.token(h).lemma()) != null) {
                return true;
            }
            x = h;
        }
        return false;
    }

    /** The carried subject of the verb at {@code cue} and the rule that carried it, or null. */
    Carried of(int cue) {
        if (reported(cue, lexicon)) {
            return null;
        }
        int s = gerund(cue);
        if (s >= 0) {
            return new Carried(s, GERUND);
        }
        s = coordinated(cue);
        return s >= 0 ? new Carried(s, COORDINATED) : null;
    }

    record Carried(int subject, String rule) {
    }

    /**
     * "She closed the meeting by saying …": a gerund with a preposition of manner or time, hung on a verb as an
     * oblique or adverbial clause, whose subject is that verb's subject (not a passive one: "was criticized after
     * saying" is said by the one criticized, but the parse's agent would be taken).
     */
    private int gerund(int cue) {
        if (!analysis.token(cue).tag().equals("VBG")) {
            return -1;
        }
        String rel = VerbCueSieve.base(analysis.relation(cue));
        int head = analysis.head(cue);
        if (!(rel.equals("obl") || rel.equals("advcl")) || head < 0 || !analysis.token(head).tag().startsWith("VB")) {
            return -1;
        }
        boolean preposition = false;
        for (int c : analysis.children(cue)) {
            String r = analysis.relation(c);
            if (c < cue && (r.equals("case") || r.equals("mark"))
                    && GERUND_PREPOSITIONS.contains(analysis.token(c).word().toLowerCase(Locale.ROOT))) {
                preposition = true;
            }
        }
        if (!preposition) {
            return -1;
        }
        for (int c : analysis.children(head, "ccomp")) {
            if (c < cue && lexicon.verb(analysis.token(head).lemma()) != null) {
                return -1; // "She said his remarks, in defending the vote, …": inside what the speech verb reports
            }
        }
        // The subject nearest the clause's verb: "WASHINGTON ― After bragging …, Jane Roe is spending …" (a dateline
        // the parse also made a subject comes first).
        int subject = -1;
        for (int s : analysis.children(head, "nsubj")) {
            if (!analysis.relation(s).equals("nsubj:pass") && (subject < 0 || s < head)) {
                subject = s;
            }
        }
        return subject;
    }

    /**
     * "The mayor arrived late and said …": a finite verb right after "and" or "but" (adverbs may stand between:
     * "but later said") takes the subject of the nearest verb of the same form before it that heads a main clause
     * (not an auxiliary, not a verb of a subordinate or reported clause, no "that"/"if"/"when" of its own).
     */
    private int coordinated(int cue) {
        String tag = analysis.token(cue).tag();
        if (!tag.matches("VB[DZPG]")) {
            return -1;
        }
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        int j = cue - 1;
        // Adverbs and a date may stand between: "but later said", "and on Monday announced".
        while (j >= s.first() && (analysis.token(j).tag().startsWith("RB") || VerbCueSieve.timeWord(analysis.token(j))
                || j + 1 < cue && VerbCueSieve.timeWord(analysis.token(j + 1))
                && Set.of("on", "last", "this", "late", "early").contains(analysis.token(j).word().toLowerCase(Locale.ROOT)))) {
            j--;
        }
        if (j < s.first() || !Set.of("and", "but").contains(analysis.token(j).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int v = j - 1; v >= s.first(); v--) {
            Analysis.Token t = analysis.token(v);
            if (!t.tag().equals(tag) || resolver.insideQuote(t.start())
                    || NOT_MAIN.contains(VerbCueSieve.base(analysis.relation(v))) || !analysis.children(v, "mark").isEmpty()) {
                continue;
            }
            for (int c : analysis.children(v)) {
                if (analysis.token(c).tag().startsWith("W")) {
                    return -1; // "what she says and promises": a relative clause, no main clause
                }
            }
            if (reported(v, lexicon)) {
                return -1;
            }
            int subject = subjectOf.applyAsInt(v);
            return subject >= 0 && analysis.subtree(subject)[1] < v
                    && !resolver.insideQuote(analysis.token(subject).start()) ? subject : -1;
        }
        return -1;
    }
}

package org.saidgraph.extract;

import java.util.Set;

/**
 * Sense filters for reported statements that meet no attribution at all, found among the {@code no-overlap} false
 * statements of all 840 PolNeAR train articles (session 22) and measured there: the counts are on each class.
 */
final class ObjectSenseShapes {

    private ObjectSenseShapes() {
    }

    /**
     * Rule {@code object-then-circumstance}: "maintain" or "advise" (the {@code circumstance-object} verbs) whose
     * statement is its noun-phrase object followed only by the verb's own circumstances — a phrase with a preposition,
     * an adverb, an adverbial clause or a second verb joined by "and" with no subject of its own: "she maintained [her
     * status as the front-runner]", "he maintained [a brisk pace into old age]", "a pollster who advised [the
     * mayor's 2010 campaign and is now a strategist for X]". {@code bare-object-sense} judges only an object with
     * nothing after it; the verb keeps something or counsels someone here too. A clause, a quotation, a particle, or a
     * clause another verb reports ({@link #reportedClause}) is not judged. All train: 8 statements dropped, none
     * finding an attribution (without the reported-clause and own-subject checks: 10, 2 of them overlapping the
     * content of a poll's finding).
     */
    static ObjectThen objectThenCircumstance() {
        return new ObjectThen("object-then-circumstance", "circumstance-object", null);
    }

    /**
     * Rule {@code add-to-object}: "add" (the {@code put-to} verb) whose statement is its noun-phrase object and a
     * phrase with "to" on the verb, perhaps with more circumstances: "the rules add [another number to the tally]",
     * "the report adds [a new voice to the record]". Something is put into something; what was said after "add" is a
     * clause or a quotation. All train: 5 statements dropped, none finding an attribution (without the
     * reported-clause and own-subject checks: 9, 2 of them overlapping what another verb reports, "X has added Y to
     * Z, she noted"; without the "to" phrase the shape also took one in-scope attribution).
     */
    static ObjectThen addToObject() {
        return new ObjectThen("add-to-object", "put-to", "to");
    }

    /** A filter of the object-then-circumstances shape, for the verbs of one {@code not-speech-senses.tsv} row. */
    static final class ObjectThen implements NotSpeechFilters.Filter {

        private final String name;
        private final Set<String> verbs;
        private final String preposition;

        ObjectThen(String name, String row, String preposition) {
            this.name = name;
            this.verbs = Gazetteer.words("/extract/not-speech-senses.tsv", row);
            this.preposition = preposition;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            return objectThen(draft, f, verbs, preposition);
        }
    }

    /**
     * Whether {@code f} is read after a cue in {@code verbs} (no particle) and is the cue's noun-phrase object followed
     * only by the cue's circumstances, at least one, one of them a phrase with {@code preposition} when it is given.
     */
    static boolean objectThen(Draft draft, Found f, Set<String> verbs, String preposition) {
        int cue = NotSpeechFilters.cueBefore(draft, f, verbs);
        Analysis a = draft.analysis;
        if (cue < 0 || BareObjectSense.particle(a, cue) || reportedClause(a, cue, f)) {
            return false;
        }
        int heads = 0;
        boolean phrase = preposition == null;
        for (int i = a.tokenAt(f.start); i < a.tokens().size() && a.token(i).start() < f.end; i++) {
            if (!a.parsed(i)) {
                return false;
            }
            int h = a.head(i);
            boolean outside = h < 0 || a.token(h).start() < f.start || a.token(h).start() >= f.end;
            if (!outside) {
                phrase |= h >= 0 && a.head(h) == cue && "case".equals(a.relation(i))
                        && a.token(i).word().equalsIgnoreCase(preposition);
                continue;
            }
            if ("punct".equals(a.relation(i))) {
                continue;
            }
            String rel = a.relation(i) == null ? "" : a.relation(i);
            boolean fits = heads == 0 ? object(a, i, rel)
                    : circumstance(rel) && !(rel.equals("conj") && ownSubject(a, i));
            if (h != cue || !fits) {
                return false;
            }
            heads++;
        }
        return heads > 1 && phrase;
    }

    /**
     * Whether the cue's clause is itself what another verb reports: the cue is that verb's complement ("a poll shows
     * the mayor maintaining her lead"), or a verb after the statement is joined to the cue ("…, she noted", "…, the
     * survey found"). Then the clause is the content of an attribution, which the statement overlaps.
     */
    private static boolean reportedClause(Analysis a, int cue, Found f) {
        String rel = a.relation(cue);
        if ("ccomp".equals(rel) || "dep".equals(rel)) {
            return true;
        }
        for (int i = cue + 1; i < a.tokens().size() && i < cue + 80; i++) {
            String r = a.relation(i);
            if (a.head(i) == cue && a.token(i).start() >= f.end && ("parataxis".equals(r) || "conj".equals(r))
                    && a.token(i).tag() != null && a.token(i).tag().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb joined to the cue has a subject of its own ("…, and the survey found"): another clause. */
    private static boolean ownSubject(Analysis a, int verb) {
        for (int i = Math.max(0, verb - 12); i < Math.min(a.tokens().size(), verb + 12); i++) {
            if (a.head(i) == verb && a.relation(i) != null && a.relation(i).startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    private static boolean object(Analysis a, int i, String rel) {
        String tag = a.token(i).tag() == null ? "" : a.token(i).tag();
        return "obj".equals(rel) && (tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("CD"));
    }

    private static boolean circumstance(String rel) {
        return rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod") || rel.equals("advcl")
                || rel.equals("conj") || rel.equals("cc");
    }
}

package org.saidgraph.extract;

/**
 * Rule {@value #RULE} (session 22): a speech verb whose subject, as the parse gives it, is a thing that cannot speak
 * ({@link Sources#thing}: "the changes", "every answer", "the exchange") because the parser hung the verb inside a
 * clause or phrase of the sentence ("Jane Roe dismissed the notion that the changes were a cutback and said that …",
 * "In an earlier exchange, Jane Roe had to explain that …"), is spoken by the subject of the sentence's main verb when
 * that subject is a person named before the thing. Nothing changes when the main subject is no person, or comes after
 * the thing, or is the thing itself: the speaker stays what it was, so no statement is lost or added.
 */
final class ThingSubject {

    static final String RULE = "thing-subject-main";

    private ThingSubject() {
    }

    /** The token of the person who speaks instead of the thing {@code subject} of {@code cue}, or {@code subject}. */
    static int of(Analysis analysis, Sources sources, int cue, int subject) {
        // A capitalized word is a name the tagger took for a common noun ("Musk told him"), never a thing.
        if (subject < 0 || sources == null || !analysis.parsed(subject) || !sources.thing(subject)
                || !Character.isLowerCase(analysis.token(subject).word().charAt(0))) {
            return subject;
        }
        // A finite verb's own subject is kept ("history says", "which an investigation said was": PolNeAR names such
        // things as sources), and so is the noun a relative clause describes ("the number who said the same"); only a
        // subject carried from another verb, or one the parse gave a participle or infinitive, is replaced.
        if (analysis.head(subject) == cue && analysis.token(cue).tag().matches("VB[DZP]") || relative(analysis, cue)) {
            return subject;
        }
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        for (int r = s.first(); r < s.end(); r++) {
            if (!"root".equals(analysis.relation(r)) || r == cue) {
                continue;
            }
            for (int n : analysis.children(r, "nsubj")) {
                if (n < subject && n < cue && sources.person(n)) {
                    return n;
                }
            }
        }
        return subject;
    }

    /**
     * Whether the verb at {@code cue}, or the first of the verbs it is coordinated with, belongs to a relative clause
     * ("a best seller, which explored … and discussed how …": "discussed" a conjunct of "explored", whose subject is
     * "which"): its subject is the noun the clause describes.
     */
    private static boolean relative(Analysis analysis, int cue) {
        int x = cue;
        for (int guard = 0; guard < 6; guard++) {
            final int v = x;
            if ("acl:relcl".equals(analysis.relation(v))
                    || analysis.children(v, "nsubj").stream().anyMatch(c -> analysis.token(c).tag().startsWith("W"))) {
                return true;
            }
            if (!"conj".equals(analysis.relation(v)) || analysis.head(v) < 0) {
                return false;
            }
            x = analysis.head(v);
        }
        return false;
    }
}

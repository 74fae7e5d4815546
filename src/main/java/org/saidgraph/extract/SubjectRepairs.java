package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs of the parse where a plain speech verb ("say", "said") lost its subject, found on PolNeAR train among the
 * reported attributions that no statement overlapped (session 19, helper "plainmiss"). Each is a named shape:
 * <ul>
 *   <li>{@link #FINITE_MODIFIER}: the parser hangs a present-tense speech verb on a noun as a modifier ({@code acl})
 *   although the verb has a subject of its own before it ("less than half of what researchers say they need",
 *   "Friends of the mayor who have seen her lately say that …"); that is a clause, not "the so-called".</li>
 *   <li>{@link #NOMINAL_SUBJECT}: of two subjects the parser gives one verb, a noun phrase speaks rather than a verb
 *   form ("Asked whether …, 75 percent of members said yes": "Asked" read as a subject).</li>
 *   <li>{@link #BUT_CONJUNCT}: "Two-thirds of members back the plan, but majorities in each ward say …": the parser
 *   joins the second subject to the first by "but" and hangs the verb on the first; the conjunct right before the
 *   verb is its subject.</li>
 *   <li>{@link #RELATIVE_IN_SUBJECT}: a subject phrase ends before a relative clause set off by a comma inside it
 *   ("Executives for the company, which made a profit last year, say …"): the name of the speaker is the words
 *   before it ({@link Sources}).</li>
 * </ul>
 */
final class SubjectRepairs {

    static final String FINITE_MODIFIER = "finite-modifier-cue";
    static final String NOMINAL_SUBJECT = "nominal-subject-first";
    static final String BUT_CONJUNCT = "but-conjunct-subject";
    static final String RELATIVE_IN_SUBJECT = "relative-in-subject";

    private SubjectRepairs() {
    }

    /**
     * Rule {@value #FINITE_MODIFIER}: a present-tense verb the parse hangs on a noun as {@code acl} with a noun subject
     * of its own before it is a clause's verb, so it may attribute. A past form stays a modifier ("a widely reported
     * story"): VBD and VBN are too often confused there.
     */
    static boolean finiteModifier(Analysis analysis, int verb) {
        return "acl".equals(analysis.relation(verb)) && analysis.token(verb).tag().matches("VB[PZ]")
                && analysis.children(verb, "nsubj").stream()
                .anyMatch(c -> c < verb && analysis.token(c).tag().startsWith("NN"));
    }

    /** Rule {@value #NOMINAL_SUBJECT}: the subjects of one verb with those that are no verb form first. */
    static List<Integer> nominalFirst(Analysis analysis, List<Integer> subjects) {
        if (subjects.size() < 2) {
            return subjects;
        }
        List<Integer> ordered = new ArrayList<>();
        for (int s : subjects) {
            if (!analysis.token(s).tag().startsWith("VB")) {
                ordered.add(s);
            }
        }
        for (int s : subjects) {
            if (analysis.token(s).tag().startsWith("VB")) {
                ordered.add(s);
            }
        }
        return ordered;
    }

    /**
     * Rule {@value #BUT_CONJUNCT}: the noun joined to {@code subject} by "but" whose phrase ends right before the
     * verb at {@code cue}, or -1. Not "and": "Jane Roe and the mayor said" is both of them.
     */
    static int butConjunct(Analysis analysis, int subject, int cue) {
        for (int c : analysis.children(subject, "conj")) {
            if (c > subject && analysis.subtree(c)[1] == cue - 1 && analysis.token(c).tag().startsWith("NN")
                    && analysis.children(c, "cc").stream()
                    .anyMatch(b -> analysis.token(b).word().equalsIgnoreCase("but"))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Rule {@value #RELATIVE_IN_SUBJECT}: the last token of a subject phrase {@code [head, last]} before a comma that
     * opens a relative clause ("which", "who", "whose" …) inside it, or {@code last} when there is none.
     */
    static int beforeRelative(Analysis analysis, int head, int last) {
        for (int k = head + 1; k < last; k++) {
            if (analysis.token(k).word().equals(",") && analysis.token(k + 1).tag().startsWith("W")) {
                return k - 1;
            }
        }
        return last;
    }
}

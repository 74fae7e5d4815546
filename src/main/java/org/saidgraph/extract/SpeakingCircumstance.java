package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a dependent of a speech verb says when, where or on what occasion the speaking happened ("condemned the
 * toll rise in an on-air outburst", "called for more ferries in a statement on Thursday", "denied the claims
 * until the audit was published", "denied the report through her lawyer", "described him as an evangelist when he ran in 2008") rather than what was said
 * ("accused her of lying", "described the plan as a buzz", "recalled her generosity in support of the shelter").
 * Such circumstances are the reporter's: an object reading ends before them ({@link VerbCueSieve}, rule
 * {@code verb-object}). PolNeAR's annotators leave them out of the content; a preposition alone does not tell
 * ("in support of" belongs to what was said), so "in", "at", "on" and "during" count only before a noun of an
 * occasion or of time, as measured on PolNeAR train and dev; "on" and "from" also before the medium the words went
 * out on ("mocked the plan on Twitter", "attacked the bill from the floor"). The words are those of
 * {@code span-bounds.tsv}.
 */
final class SpeakingCircumstance {

    /** Prepositions that open a circumstance whatever follows them ({@code span-bounds.tsv}). */
    private static final Set<String> ALWAYS = SpanBoundWords.of("speaking-circumstance", "always");
    /** Prepositions that open a circumstance before a noun of an occasion or of time. */
    private static final Set<String> BEFORE_OCCASION = SpanBoundWords.of("speaking-circumstance", "before-occasion");
    private static final Set<String> OCCASIONS = SpanBoundWords.of("speaking-circumstance", "occasion");
    /** Prepositions that name whom the words went through ("through a spokeswoman"), before such a go-between. */
    private static final Set<String> THROUGH = SpanBoundWords.of("speaking-circumstance", "through");
    /** The go-betweens: people who speak for someone ({@code span-bounds.tsv}). */
    private static final Set<String> GO_BETWEENS = SpanBoundWords.of("speaking-circumstance", "go-between");
    /** Prepositions before a medium or a platform ("on Twitter", "from the Senate floor"). */
    private static final Set<String> BEFORE_MEDIUM = SpanBoundWords.of("speaking-circumstance", "before-medium");
    /** The media and platforms the words went out on ({@code span-bounds.tsv}). */
    private static final Set<String> MEDIA = SpanBoundWords.of("speaking-circumstance", "medium");
    /**
     * Subordinators of a clause of time after the verb ("until the audit was published"): those of
     * {@code time-subordinators.tsv} ({@link Occasions#PARSE}), but not "as".
     */
    private static final Set<String> TIME_MARKS = Occasions.PARSE.stream().filter(w -> !w.equals("as"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private SpeakingCircumstance() {
    }

    /** Whether {@code dependent}, a dependent of the speech verb, is a circumstance of the speaking (see above). */
    static boolean of(Analysis analysis, int dependent) {
        String rel = analysis.relation(dependent);
        if (rel == null) {
            return false;
        }
        if (rel.startsWith("obl:tmod") || rel.equals("obl:npmod")) {
            return true; // "Thursday" as a bare noun of time
        }
        if (rel.startsWith("obl")) {
            for (int c : analysis.children(dependent, "case")) {
                String p = analysis.token(c).word().toLowerCase(Locale.ROOT);
                String noun = analysis.token(dependent).lowerLemma();
                if (ALWAYS.contains(p) || BEFORE_OCCASION.contains(p) && OCCASIONS.contains(noun)) {
                    return true;
                }
                if (BEFORE_MEDIUM.contains(p) && MEDIA.contains(noun) && !reasonAfter(analysis, dependent)) {
                    return true;
                }
                if (THROUGH.contains(p) && GO_BETWEENS.contains(noun)) {
                    return true; // "denied the allegations through a spokesman": how the words came out, not them
                }
            }
            return false;
        }
        if (rel.startsWith("advcl")) {
            int[] r = analysis.subtree(dependent);
            for (int i = r[0]; i < dependent && i <= r[0] + 2; i++) {
                if (TIME_MARKS.contains(analysis.token(i).word().toLowerCase(Locale.ROOT))) {
                    return true; // "when he ran for the harbour board", "until the work was done"
                }
            }
        }
        return false;
    }

    /**
     * Whether a "for" phrase follows the medium ("attacked the senator on Twitter [for backing the bill]"): the
     * reason the speaker gave belongs to what was said, and the medium, between the object and the reason, goes with
     * them rather than ending the content before the reason.
     */
    private static boolean reasonAfter(Analysis analysis, int dependent) {
        int end = analysis.subtree(dependent)[1];
        for (int i = dependent + 1; i <= end + 1 && i < analysis.tokens().size(); i++) {
            if (analysis.token(i).word().equalsIgnoreCase("for")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code dependent}, a dependent of a noun, is a phrase of time or occasion that the parse hung on the noun
     * rather than on the verb ("A county judge [on Thursday] suspended the contract", "the spokesman [in a statement]"):
     * it dates the deed, it is no part of the noun's name.
     */
    static boolean ofNoun(Analysis analysis, int dependent) {
        String rel = analysis.relation(dependent);
        if (rel == null || !rel.startsWith("nmod")) {
            return false;
        }
        if (rel.equals("nmod:tmod")) {
            return true;
        }
        for (int c : analysis.children(dependent, "case")) {
            String p = analysis.token(c).word().toLowerCase(Locale.ROOT);
            if (BEFORE_OCCASION.contains(p) && OCCASIONS.contains(analysis.token(dependent).lowerLemma())) {
                return true;
            }
        }
        return false;
    }
}

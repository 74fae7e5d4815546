package org.saidgraph.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Step {@code coordinate-attribution}, after {@link ConjoinedAttributions}: a reported statement read after its cue
 * that runs on into the cue of another statement ends before that other attribution, when the parse does not put
 * the other one inside what the first speaker said but beside it: a coordinate or paratactic clause of its own
 * (relation conj, parataxis or dep) hung on the first cue ("pointed to the budget, <i>adding that …</i>"), on
 * something outside the first cue's clause ("While some aides say the plan will pass, <i>others say …</i>", "Okafor
 * admitted the figure was wrong, <i>but said …</i>"), or on the head of the first one's complement clause ("said the
 * depot would close <i>and she predicted that …</i>", "told reporters that turnout was low<i>, but the mayor
 * insisted …</i>"). The outer reading then spans a second attribution, its source and cue; PolNeAR annotates the two
 * apart, the first one ending before the second. Kept whole: a statement the other one's verb governs or lies in
 * (the first is subordinate to it), one whose other attribution is a relative or adverbial clause inside it ("a
 * plan, which he argued would …"), and an attribution of the same speaker set off inside the first one's clause
 * ("the result was, she said, a surprise"), which interrupts what she said rather than adding a second saying.
 * {@link ConjoinedAttributions} already cuts a conjunct of the cue itself without a subject.
 */
final class CoordinateAttributions {

    static final String COORDINATE_ATTRIBUTION = "coordinate-attribution";

    private CoordinateAttributions() {
    }

    /** Ends each reported statement before the attribution beside its own that it runs on into. */
    static void apply(Draft draft, List<Found> statements) {
        endBefore(draft, statements, COORDINATE_ATTRIBUTION, CoordinateAttributions::end);
    }

    /** Where a statement ends because of another statement inside it; its own end when it does not. */
    interface Ending {
        int end(Draft draft, Found outer, Found inner);
    }

    /**
     * Ends each single-piece reported statement read after its cue where {@code ending} ends it for the nearest
     * other statement inside it, recording {@code step}.
     */
    static void endBefore(Draft draft, List<Found> statements, String step, Ending ending) {
        for (Found outer : statements) {
            if (outer.verbatim || outer.quoteOnly || outer.parts.size() > 1 || outer.cue < 0
                    || outer.cueEnd > outer.start) {
                continue;
            }
            int end = statements.stream().mapToInt(inner -> ending.end(draft, outer, inner)).min()
                    .orElse(outer.end);
            if (end < outer.end) {
                outer.moveEnd(end, step);
            }
        }
    }

    /** Where {@code outer} ends when {@code inner}'s attribution stands beside its own inside it; its end when not. */
    static int end(Draft draft, Found outer, Found inner) {
        boolean inside = inner != outer && inner.cue > outer.cue && inner.cue >= outer.start && inner.cue < outer.end;
        Analysis a = draft.analysis;
        int[] at = inside ? new int[]{a.tokenAt(outer.cue), a.tokenAt(inner.cue), a.tokenAt(outer.start)} : null;
        if (at == null || Arrays.stream(at).anyMatch(t -> t < 0 || !a.parsed(t))
                || a.sentenceOf(at[0]) != a.sentenceOf(at[1]) || !beside(a, at[0], at[1], sameSpeaker(outer, inner))) {
            return outer.end;
        }
        int open = a.subtree(at[1])[0]; // the conjunction or the other attribution's source, else its verb
        if (open <= at[2] || open <= at[0] || !boundary(a, open)
                || draft.resolver.insideQuote(a.token(open).start()) || secondComplement(a, open)
                || ownConjunct(a, draft.lexicon, at[0], at[1])) {
            return outer.end;
        }
        int end = ReportedSpanBounds.before(draft, open, outer.start);
        return end > outer.start && StatementFeatures.words(draft.text, outer.start, end) >= 2 ? end : outer.end;
    }

    /**
     * "says he spoke to the mayor <i>and asked her to</i> …": a conjunct with no subject of its own in another tense
     * than the cue is the reported clause's next verb, not a second saying beside the first
     * ({@link ClauseOwnConjunct#otherTense}); so is one in base form or a gerund on the head of the reported clause
     * when the cue is finite ("says he would meet the mayor and tell her …", {@link NonFiniteConjunct}).
     */
    private static boolean ownConjunct(Analysis a, SpeechLexicon lexicon, int cue, int verb) {
        return "conj".equals(a.relation(verb)) && a.children(verb, "nsubj").isEmpty()
                && (ClauseOwnConjunct.otherTense(a, lexicon, verb, cue)
                || a.head(verb) != cue && NonFiniteConjunct.continues(a, lexicon, verb, cue));
    }

    /**
     * Whether the parse puts {@code verb}, the other attribution's cue, beside {@code cue} rather than inside what
     * {@code cue} reports: a coordinate or paratactic clause on the cue or outside its clause, or one on the head of
     * its complement clause, except an attribution of the same speaker set off there ("…, she said, …").
     */
    static boolean beside(Analysis a, int cue, int verb, boolean sameSpeaker) {
        String relation = a.relation(verb);
        if (!"conj".equals(relation) && !"parataxis".equals(relation) && !"dep".equals(relation)) {
            return false;
        }
        if (a.head(verb) == cue) {
            return true;
        }
        if (a.dominates(verb, cue)) {
            return false;
        }
        if (!a.dominates(cue, verb)) {
            return true;
        }
        int top = verb;
        while (a.head(top) != cue) {
            top = a.head(top);
        }
        // "dismissed the notion that the changes were a cutback and said that …": the parse may coordinate the second
        // verb with the verb of a clause inside the first one's object; a verb of the same speaker without a
        // subject of its own is then a second saying beside the first (with another speaker it is part of the
        // object: "denied the report that Roe met the donor and told him …").
        if ("obj".equals(a.relation(top))) {
            return relation.equals("conj") && sameSpeaker && a.children(verb, "nsubj").isEmpty();
        }
        return "ccomp".equals(a.relation(top)) && (relation.equals("conj") || !sameSpeaker);
    }

    /**
     * Whether the other attribution begins a clause of its own at {@code open}: at a conjunction or a punctuation
     * mark, or right after one. A verb the parse hangs on a word inside the first clause ("a scene she wrote", "the
     * math does not add up") is part of that clause, however the parse labels it.
     */
    static boolean boundary(Analysis a, int open) {
        return joint(a.token(open)) || open > 0 && joint(a.token(open - 1));
    }

    /**
     * Whether a conjunction and "that" open at {@code open} ("said that the swap was costly <i>but that</i>, if it
     * came, she should have …"): a second complement clause of the first verb, whose speaker goes on, whatever verb
     * of saying stands inside it.
     */
    private static boolean secondComplement(Analysis a, int open) {
        return "CC".equals(a.token(open).tag()) && open + 1 < a.tokens().size()
                && a.token(open + 1).word().equalsIgnoreCase("that");
    }

    private static boolean joint(Analysis.Token t) {
        return "CC".equals(t.tag()) || t.word().chars().allMatch(c -> ",;:-–—(".indexOf(c) >= 0);
    }

    private static boolean sameSpeaker(Found outer, Found inner) {
        return outer.speaker != null && outer.speaker.equals(inner.speaker);
    }
}

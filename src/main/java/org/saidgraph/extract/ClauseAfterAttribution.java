package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Step {@code clause-after-attribution}: a reported clause read before its attribution ({@code verb-before}), where
 * the attribution stands inside the sentence and the sentence goes on after it with more of the clause — "The
 * emails were on several topics<i>, the paper said, </i>including speeches and meetings"; "Nor does she have any
 * plans<i>, advisers say, </i>to change course" — ends where the sentence ends: what follows the attribution
 * finishes what was said. The statement keeps the clause and its rest as its parts (its text the two, the
 * attribution elided, as {@link ClauseQuotationJoin} does) and records the step's name in {@link Found#trimmedBy}
 * and where it ended before. It runs after the filters. Not when the attribution names its speaker after the verb ("…, said Jane Roe, the
 * director of …": what follows describes her), nor when what follows is how or when she spoke (a participle, "on
 * condition of anonymity", "in an interview"), which {@link VerbCueSieve} already tells for a finite clause.
 */
final class ClauseAfterAttribution {

    /** At most this many tokens from the attribution's first word to the comma that closes it. */
    private static final int MAX_ATTRIBUTION = 8;
    /** Words that open the reporter's circumstance of the speaking, not more of what was said. */
    private static final Set<String> REPORTERS = Set.of("on", "in", "at", "during", "according", "after", "before",
            "when", "while", "as", "who", "which", "whose", "where", "speaking", "adding", "noting", "saying", "citing",
            "referring", "referencing", "pointing", "explaining", "though", "although", "but", "and");

    private ClauseAfterAttribution() {
    }

    static String name() {
        return "clause-after-attribution";
    }

    /** Extends each {@code verb-before} statement of {@code statements} whose clause goes on after its attribution. */
    static void apply(Draft draft, List<Found> statements) {
        extend(statements, name(), f -> rest(draft, f));
    }

    /**
     * Adds to each {@code verb-before} statement in one piece read before its cue the rest {@code rest} finds for it
     * (null: none) as its second part, recording {@code step} in {@link Found#trimmedBy} and where it ended before.
     */
    static void extend(List<Found> statements, String step, java.util.function.Function<Found, int[]> rest) {
        for (Found f : statements) {
            if (f.verbatim || f.quoteOnly || f.parts.size() > 1 || !"verb-before".equals(f.rule) || f.cue < f.end) {
                continue;
            }
            int[] r = rest.apply(f);
            if (r != null) {
                f.untrimmedEnd = f.untrimmedEnd < 0 ? f.end : f.untrimmedEnd;
                f.parts.add(new int[]{f.start, f.end});
                f.parts.add(r);
                f.end = r[1];
                f.trimmedBy = f.trimmedBy == null ? step : f.trimmedBy + "," + step;
            }
        }
    }

    /**
     * The sentence of {@code f}'s clause and its attribution, when the attribution follows the clause in the same
     * parsed sentence with its subject before its verb ("…, Jane Roe said, …"); null otherwise ("…, said Jane Roe,
     * the director of …": what follows the name describes her).
     */
    static Analysis.Sentence attributionInside(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int cue = a.tokenAt(f.cue);
        int last = a.tokenAt(f.end - 1);
        if (cue < 0 || last < 0 || a.sentenceOf(cue) != a.sentenceOf(last) || !a.parsed(cue)) {
            return null;
        }
        for (int c : a.children(cue, "nsubj")) {
            if (c < cue && c > last) {
                return a.sentences().get(a.sentenceOf(cue));
            }
        }
        return null;
    }

    /**
     * The token of the first of {@code separators} after {@code f}'s cue that closes its attribution, at most
     * {@link #MAX_ATTRIBUTION} tokens after the clause; -1 when the sentence ends, a dash or a quotation mark comes
     * first.
     */
    static int separator(Analysis a, Found f, Analysis.Sentence s, Set<String> separators) {
        int cue = a.tokenAt(f.cue);
        int last = a.tokenAt(f.end - 1);
        for (int i = last + 1; i < s.end() && i <= last + MAX_ATTRIBUTION + 1; i++) {
            String w = a.token(i).word();
            if (i > cue && separators.contains(w)) {
                return i;
            }
            if (w.matches("[.;:!?]|--|—|–") || a.token(i).tag().equals("``") || a.token(i).tag().equals("''")) {
                return -1;
            }
        }
        return -1;
    }

    /** The last token of {@code s} before its closing punctuation, not before {@code floor}. */
    static int lastWord(Analysis a, Analysis.Sentence s, int floor) {
        int end = s.end() - 1;
        while (end > floor && a.token(end).word().matches("\\p{Punct}+|[“”‘’]")) {
            end--;
        }
        return end;
    }

    /** Whether the tokens {@code first} to {@code last} stand inside a quotation exactly when {@code f} begins in one. */
    static boolean sameQuoting(Draft draft, Found f, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (draft.resolver.insideQuote(draft.analysis.token(i).start()) != draft.resolver.insideQuote(f.start)) {
                return false; // a quotation opening after the attribution is a statement of its own
            }
        }
        return true;
    }

    /** The rest of the clause of {@code f} after its attribution, {@code [start, end)}, or null. */
    static int[] rest(Draft draft, Found f) {
        Analysis a = draft.analysis;
        Analysis.Sentence s = attributionInside(draft, f);
        if (s == null) {
            return null;
        }
        int comma = separator(a, f, s, Set.of(","));
        if (comma < 0 || comma + 2 >= s.end()) {
            return null;
        }
        Analysis.Token next = a.token(comma + 1);
        String word = next.word().toLowerCase(Locale.ROOT);
        if (REPORTERS.contains(word) || next.tag().equals("VBN")
                || next.tag().equals("VBG") && !word.equals("including")) {
            return null;
        }
        int end = lastWord(a, s, comma);
        if (!sameQuoting(draft, f, comma + 1, end)) {
            return null;
        }
        return end > comma ? new int[]{next.start(), a.token(end).end()} : null;
    }
}

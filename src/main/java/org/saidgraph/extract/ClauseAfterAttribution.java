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
        for (Found f : statements) {
            if (f.verbatim || f.quoteOnly || f.parts.size() > 1 || !"verb-before".equals(f.rule) || f.cue < f.end) {
                continue;
            }
            int[] rest = rest(draft, f);
            if (rest != null) {
                f.untrimmedEnd = f.untrimmedEnd < 0 ? f.end : f.untrimmedEnd;
                f.parts.add(new int[]{f.start, f.end});
                f.parts.add(rest);
                f.end = rest[1];
                f.trimmedBy = f.trimmedBy == null ? name() : f.trimmedBy + "," + name();
            }
        }
    }

    /** The rest of the clause of {@code f} after its attribution, {@code [start, end)}, or null. */
    static int[] rest(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int cue = a.tokenAt(f.cue);
        int last = a.tokenAt(f.end - 1);
        if (cue < 0 || last < 0 || a.sentenceOf(cue) != a.sentenceOf(last) || !a.parsed(cue)) {
            return null;
        }
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(cue));
        boolean subjectBefore = false;
        for (int c : a.children(cue, "nsubj")) {
            subjectBefore |= c < cue && c > last;
        }
        if (!subjectBefore) {
            return null; // "…, said Jane Roe, the director of …": what follows the name describes her
        }
        int comma = -1;
        for (int i = last + 1; i < s.end() && i <= last + MAX_ATTRIBUTION + 1; i++) {
            String w = a.token(i).word();
            if (i > cue && w.equals(",")) {
                comma = i;
                break;
            }
            if (w.matches("[.;:!?]|--|—|–") || a.token(i).tag().equals("``") || a.token(i).tag().equals("''")) {
                return null;
            }
        }
        if (comma < 0 || comma + 2 >= s.end()) {
            return null;
        }
        Analysis.Token next = a.token(comma + 1);
        String word = next.word().toLowerCase(Locale.ROOT);
        if (REPORTERS.contains(word) || next.tag().equals("VBN")
                || next.tag().equals("VBG") && !word.equals("including")) {
            return null;
        }
        int end = s.end() - 1;
        while (end > comma && a.token(end).word().matches("\\p{Punct}+|[“”‘’]")) {
            end--;
        }
        for (int i = comma + 1; i <= end; i++) {
            if (draft.resolver.insideQuote(a.token(i).start()) != draft.resolver.insideQuote(f.start)) {
                return null; // a quotation opening after the attribution is a statement of its own
            }
        }
        return end > comma ? new int[]{next.start(), a.token(end).end()} : null;
    }
}

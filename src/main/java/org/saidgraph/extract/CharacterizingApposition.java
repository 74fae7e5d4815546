package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Cut {@code characterizing-apposition}: a reported statement that closes with an apposition in which the reporter
 * names what the words are or do — "…said the toll would rise<i>, a swipe at the harbour board</i>", "…warned of
 * delays<i>, an apparent reference to last winter's closures</i>", "…called for a recount<i>, a move that could
 * delay the result</i>" — ends before it: the apposition is the reporter's characterization of the statement, not
 * part of it. The apposition opens with a determiner, and its first noun (after at most a few adjectives and
 * adverbs, "the latter a reference to …") is one of the nouns of {@code span-bounds.tsv} (role {@code noun}):
 * nouns of an act of saying or of its point, chosen from general knowledge. A noun that names the content itself
 * ("a position the mayor has since modified") is not among them: the annotators keep such an apposition.
 * On all 840 PolNeAR train articles: see docs/extraction.md (figures recorded there).
 */
final class CharacterizingApposition implements ReportedSpanBounds.Cut {

    private static final Set<String> NOUNS = SpanBoundWords.of("characterizing-apposition", "noun");
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "another");
    /** At most this many words between the determiner and the noun: "a thinly veiled reference", "the latter a …". */
    private static final int MAX_BEFORE_NOUN = 3;

    @Override
    public String name() {
        return "characterizing-apposition";
    }

    @Override
    public int end(Draft draft, Found f) {
        Analysis a = draft.analysis;
        return ReportedSpanBounds.trailing(draft, f, t -> characterizes(a, t.opener(), f.end));
    }

    /** Whether the phrase opening at {@code opener} is a determiner and a noun of the list, before {@code end}. */
    static boolean characterizes(Analysis a, int opener, int end) {
        if (!OPENERS.contains(a.token(opener).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = opener + 1; i <= opener + MAX_BEFORE_NOUN + 1 && i < a.tokens().size()
                && a.token(i).start() < end; i++) {
            Analysis.Token t = a.token(i);
            if (t.tag().startsWith("NN")) {
                return NOUNS.contains(t.lowerLemma())
                        || NOUNS.contains(t.word().toLowerCase(Locale.ROOT));
            }
            boolean modifier = t.tag().startsWith("JJ") || t.tag().startsWith("RB") || t.tag().equals("VBN")
                    || t.tag().equals("DT");
            if (!modifier) {
                return false;
            }
        }
        return false;
    }
}

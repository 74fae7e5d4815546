package org.saidgraph.evaluate;

import java.util.List;
import java.util.Map;

/**
 * Why a statement found no gold attribution, read from the gold alone, so that {@code evaluate --verbose} can count
 * the false statements by kind and by rule instead of leaving them to be classified by hand. The boundary kinds
 * (too long, too short, a duplicate piece) are fixed by where statements end or by joining quotation pieces; the
 * others by dropping what is not speech. Which kinds are speech the annotators left out is not something the gold
 * can say: those are among {@link #NO_OVERLAP}.
 */
public enum FalseStatementKind {
    /** In the article's first line. */
    HEADLINE("headline"),
    /** Lies wholly inside another statement of the extraction. */
    INSIDE_STATEMENT("inside-statement"),
    /** At least half of it is a gold content that another statement already finds. */
    DUPLICATE_PIECE("duplicate-piece"),
    /** At least half of it is a gold content, but it covers less than half of that content, which nothing finds. */
    TOO_SHORT("too-short"),
    /** Covers at least half of a gold content, which is less than half of it. */
    TOO_LONG("too-long"),
    /** Meets a gold content by less than half of each. */
    PARTIAL("partial"),
    /** Meets no gold content at all: not speech, or speech the annotators left out. */
    NO_OVERLAP("no-overlap");

    private final String label;

    FalseStatementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The kind of {@code s}, a statement that found no gold attribution, among the extraction's {@code system}
     * statements, against the gold contents ({@code pieces}, trimmed) and which of them some statement finds.
     */
    static FalseStatementKind of(String text, SystemStatement s, List<SystemStatement> system,
                                 List<List<BratAttribution.Span>> pieces, Map<Integer, Boolean> foundGold) {
        int headline = text.indexOf('\n');
        if (headline >= 0 && s.start() < headline) {
            return HEADLINE;
        }
        for (SystemStatement o : system) {
            if (o != s && o.start() <= s.start() && o.end() >= s.end()) {
                return INSIDE_STATEMENT;
            }
        }
        double[] best = {0, 0};
        int gold = -1;
        for (int g = 0; g < pieces.size(); g++) {
            double[] sh = SpanScorer.shares(text, s, pieces.get(g));
            if (sh[0] + sh[1] > best[0] + best[1]) {
                best = sh;
                gold = g;
            }
        }
        if (gold < 0) {
            return NO_OVERLAP;
        }
        if (best[0] >= 0.5 && best[1] < 0.5) {
            return foundGold.getOrDefault(gold, false) ? DUPLICATE_PIECE : TOO_SHORT;
        }
        return best[1] >= 0.5 && best[0] < 0.5 ? TOO_LONG : PARTIAL;
    }
}

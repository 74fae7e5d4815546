package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** A statement while the extractor is still working on it; becomes a dataset Statement at the end. */
final class Found {

    /** Moves forward only in {@link StatementStarts}, once the sieves are done. */
    int start;
    /** Grows when a later quotation joins this statement (the rest of a split or continued quotation). */
    int end;
    final boolean verbatim;
    Act act;
    /**
     * True for an attribution whose reported words are exactly one quotation ("He said: “…”"): it does not become a
     * statement itself but attributes that quotation ({@link QuoteSieves.FromCue}).
     */
    boolean quoteOnly;
    String medium;
    String speaker;
    final List<String> reportedBy = new ArrayList<>();
    final List<String> addressedTo = new ArrayList<>();
    Found reports;
    Found respondsTo;
    Found denies;
    /** The rule of {@link DeniedClaims} that chose {@link #denies}, or null. */
    String deniesBy;
    double confidence;
    /** The attribution cue (verb) position, or -1; replies and media are read around it. */
    int cue = -1;
    int cueEnd = -1;
    /** The words that name the speaker, or -1. */
    int sourceStart = -1;
    int sourceEnd = -1;
    /** For a quotation in several parts (split by its attribution, or continued in the next paragraph): each part. */
    final List<int[]> parts = new ArrayList<>();
    /** The sieve that made this statement, reported per rule by {@code evaluate --verbose}. */
    String rule;
    /**
     * The rule of {@link QuotationsApart} that kept this quotation a statement of its own instead of joining the
     * quotation of the same speaker before it, or null.
     */
    String keptApartBy;
    /**
     * The cuts of {@link ReportedSpanBounds} that moved this statement's end back and the steps of
     * {@link StatementStarts} that moved its start forward, comma-separated, or null.
     */
    String trimmedBy;
    /** Where this statement ended before the first cut of {@link ReportedSpanBounds} moved it, or -1. */
    int untrimmedEnd = -1;
    /**
     * Where this statement began before a step of {@link StatementStarts} moved it, or before a step of
     * {@link EvidenceStarts} moved its evidence, or -1.
     */
    int unmovedStart = -1;

    /**
     * Moves this statement's start to {@code start}, keeping where it began before the first move
     * ({@link #unmovedStart}) and adding {@code step} to the names of what moved it ({@link #trimmedBy}).
     */
    void moveStart(int start, String step) {
        unmovedStart = unmovedStart < 0 ? this.start : unmovedStart;
        this.start = start;
        trimmedBy = trimmedBy == null ? step : trimmedBy + "," + step;
    }

    /**
     * Moves this statement's end back to {@code end}, keeping where it ended before the first cut
     * ({@link #untrimmedEnd}) and adding {@code step} to the names of what moved it ({@link #trimmedBy}).
     */
    void moveEnd(int end, String step) {
        untrimmedEnd = untrimmedEnd < 0 ? this.end : untrimmedEnd;
        this.end = end;
        trimmedBy = trimmedBy == null ? step : trimmedBy + "," + step;
    }
    /**
     * Where this statement's evidence (its span) begins when a step of {@link EvidenceStarts} took in words before
     * its text ("that"), or -1: the span begins at {@link #start}.
     */
    int evidenceStart = -1;
    String id;

    Found(int start, int end, boolean verbatim) {
        this.start = start;
        this.end = end;
        this.verbatim = verbatim;
    }

    /** A statement at {@code [start, end)} said by {@code speaker} with this act, made by {@code rule}. */
    static Found of(int start, int end, boolean verbatim, String speaker, Act act, String rule, double confidence) {
        Found f = new Found(start, end, verbatim);
        f.speaker = speaker;
        f.act = act;
        f.rule = rule;
        f.confidence = confidence;
        return f;
    }

    Found cue(int start, int end) {
        this.cue = start;
        this.cueEnd = end;
        return this;
    }
}

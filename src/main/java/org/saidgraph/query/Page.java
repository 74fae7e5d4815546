package org.saidgraph.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * One page of a list that can grow: {@code page} counts from 0, {@code total} is the size of the whole list, counted
 * exactly up to a cap, and {@code totalIsLowerBound} says whether the count stopped there (issue 9). A list whose
 * count costs no more at a million statements than at ten (a degree, the count store, a handful of positions) is
 * always exact; one whose count reads every match counts at most {@link #COUNT_CAP} or {@link #FILTER_COUNT_CAP}, and a full-text list at most
 * its cap of best hits ({@link SearchQueries#MAX_HITS}), so that a client never has to know which is which.
 *
 * @param total             how many items the whole list has; when {@code totalIsLowerBound}, at least this many
 * @param totalIsLowerBound true when counting stopped at the list's cap: there are {@code total} items or more
 */
public record Page<T>(List<T> items, int page, int size,
                      @Schema(description = TOTAL) long total,
                      @Schema(description = TOTAL_IS_LOWER_BOUND) boolean totalIsLowerBound) {

    /**
     * How many matches a list whose count reads them one by one counts at most (a speaker's distinct utterances):
     * past it the count costs as much as reading the list, and "10,000 or more" is all a reader needs to know.
     */
    public static final int COUNT_CAP = 10_000;

    /**
     * How many matches the statements filter by speakers with any other filter ({@code act}, {@code verbatim},
     * {@code mentions}, dates, ...) counts at most: each match counted is a statement read and checked, and at a
     * million statements counting a hub's matches to 10,000 was most of a first page's cost (141,391 db hits for
     * {@code act=claim}, 13,929 to 1,000; BENCHMARKS.md, session 15). "1,000 or more" still tells a reader to narrow.
     */
    public static final int FILTER_COUNT_CAP = 1_000;

    /** What {@code total} means, as the OpenAPI description says it. */
    public static final String TOTAL = "How many items the whole list has, counted exactly up to the list's cap; "
            + "when `totalIsLowerBound` is true, at least this many.";
    /** What {@code totalIsLowerBound} means, as the OpenAPI description says it. */
    public static final String TOTAL_IS_LOWER_BOUND = "True when counting stopped at the list's cap (" + COUNT_CAP
            + " for a speaker's distinct utterances, " + FILTER_COUNT_CAP + " for the statements filter by speaker "
            + "with another filter, the " + SearchQueries.MAX_HITS + " best hits for full-text search): there are "
            + "`total` items or more. False: `total` is exact.";

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** A page of a list whose {@code total} is exact. */
    public static <T> Page<T> exact(List<T> items, Request page, long total) {
        return new Page<>(items, page.page(), page.size(), total, false);
    }

    /** The same page with other items (the cards for a page of ids), keeping its total and whether it is exact. */
    public <U> Page<U> with(List<U> others) {
        return new Page<>(others, page, size, total, totalIsLowerBound);
    }

    /** The page asked for, checked: page ≥ 0, 1 ≤ size ≤ {@value MAX_SIZE}. */
    public record Request(int page, int size) {

        public Request {
            if (page < 0) {
                throw new BadParameterException("page", "must be 0 or more (pages count from 0), but was " + page);
            }
            if (page > 1_000_000) {
                throw new BadParameterException("page", "must be at most 1000000, but was " + page);
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new BadParameterException("size", "must be between 1 and " + MAX_SIZE + ", but was " + size);
            }
        }

        public static Request of(Integer page, Integer size) {
            return new Request(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
        }

        public long skip() {
            return (long) page * size;
        }
    }
}

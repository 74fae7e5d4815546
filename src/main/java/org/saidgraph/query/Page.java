package org.saidgraph.query;

import java.util.List;

/**
 * One page of a list that can grow: {@code page} counts from 0, {@code total} is the size of the whole list.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

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

package org.saidgraph.load;

/** What loading one article did. */
public record LoadResult(String articleId, Status status, int entities, int statements, Counts counts) {

    public enum Status {
        /** The article was new. */
        CREATED,
        /** The article was there from another version of its dataset, and was replaced. */
        UPDATED,
        /** The same dataset had been loaded before; nothing was written. */
        UNCHANGED
    }

    @Override
    public String toString() {
        return articleId + ": " + status.name().toLowerCase() + " (" + entities + " entities, " + statements
                + " statements; " + counts + ")";
    }
}

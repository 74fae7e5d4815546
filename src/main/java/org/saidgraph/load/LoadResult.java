package org.saidgraph.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What loading one article did. {@code counts} is what its transaction changed; it is null when the article was
 * written in one transaction together with others (a directory load), since the database counts per transaction.
 */
public record LoadResult(String articleId, Status status, int entities, int statements,
                         @JsonInclude(JsonInclude.Include.NON_NULL)
                         @Schema(nullable = true, description = "what the transaction changed; absent when the "
                                 + "article was written together with others")
                         Counts counts) {

    public enum Status {
        /** The article was new. */
        CREATED,
        /** The article was there from another version of its dataset, and was replaced. */
        UPDATED,
        /** The same dataset had been loaded before; nothing was written. */
        UNCHANGED
    }

    LoadResult withCounts(Counts counts) {
        return new LoadResult(articleId, status, entities, statements, counts);
    }

    @Override
    public String toString() {
        return articleId + ": " + status.name().toLowerCase() + " (" + entities + " entities, " + statements
                + " statements" + (counts == null ? "" : "; " + counts) + ")";
    }
}

package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Another statement, as a link: its id and words, and who said it. {@code parts}: only for a verbatim statement in
 * parts, its pieces, each to be put in its own quotation marks.
 */
public record StatementRef(String id, String text, String act, boolean verbatim, EntityRef speaker,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<QuotePart> parts) {
}

package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** An article's text with the span of each of its statements (text order) and the entities it names. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleDetail(String id, String title, String publisher, String url, String published, String origin,
                            String sha256, String text, List<Span> statements, List<EntityRef> entities) {

    /**
     * A statement's span {@code [start, end)} of the text; {@code evidence} is {@code text.substring(start, end)}.
     * {@code parts}: only for a verbatim statement in parts, its pieces of the text, each to be quoted on its own (the
     * span runs from the first to the last, the attribution between them included).
     */
    @Schema(name = "StatementSpan") // not the dataset's Span in the API description
    public record Span(String id, int start, int end, String act, boolean verbatim, EntityRef speaker, String text,
                       String evidence, List<QuotePart> parts) {
    }
}

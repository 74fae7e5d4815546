package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a statement comes from: the article, the span {@code [start, end)} of its text (UTF-16 offsets),
 * {@code evidence} = the text of that span, and {@code passage} = the whole sentence(s) around it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String articleId, String title, String published, int start, int end, String evidence,
                     String passage) {
}

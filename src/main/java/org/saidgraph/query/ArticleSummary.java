package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An article with counts of its statements, the entities it names, and its distinct speakers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleSummary(String id, String title, String publisher, String url, String published, String origin,
                             long statements, long entities, long speakers) {
}

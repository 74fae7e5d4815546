package org.saidgraph.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The article a dataset is about; {@code text} is kept exactly as published, since every span indexes into it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(String id, String title, String publisher, String url, String published, String text) {
}

package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An entity a statement mentions, and for a territory the position it takes on it, such as {@code remain-russian}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MentionView(String id, String name, String type, String position) {
}

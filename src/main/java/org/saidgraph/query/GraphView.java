package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * A piece of the graph as Cytoscape.js elements ({@code cy.add(view.elements)} draws it). {@code truncated} is true
 * when the limit, or the page size of a hub, left nodes out. {@code outside} holds the relationships from these nodes
 * to nodes that are not in this answer: a client draws each once both its ends are drawn, so that what it fetched
 * earlier and what it fetches now are joined. {@code focus} says, for an expanded node, how far its relationships
 * have been paged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GraphView(Elements elements, boolean truncated, List<Element> outside, FocusPage focus) {

    /** Cytoscape.js's elements object. */
    public record Elements(List<Element> nodes, List<Element> edges) {
    }

    /** One node or edge: {@code data} has id, label, type and every property (an edge also source and target). */
    @Schema(name = "GraphElement")
    public record Element(Map<String, Object> data) {
    }

    /**
     * The focus node's relationships: {@code degree} in all, {@code next} the {@code skip} of the next page, and
     * {@code remaining} how many are not shown yet ("show N more").
     */
    public record FocusPage(String id, long degree, long next, long remaining) {
    }
}

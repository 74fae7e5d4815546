package org.saidgraph.query.cypher;

import java.util.List;

/**
 * The answer to a read-only Cypher query: column names, rows of JSON values (a node is
 * {@code {elementId, labels, properties}}, a relationship {@code {elementId, type, startElementId, endElementId,
 * properties}}, a path {@code {nodes, relationships}}), {@code truncated} when more rows existed than were returned
 * and {@code truncatedBy} saying which limit cut it ({@code rows}, {@code bytes} or {@code values}), and Neo4j's own
 * notifications about the query (a misspelt label, a cartesian product, ...).
 */
public record CypherResult(List<String> columns, List<List<Object>> rows, int rowCount, boolean truncated,
                           String truncatedBy, int maxRows, long elapsedMs, List<Notice> notifications) {

    /** A notification from Neo4j about the query, as Neo4j words it; line and column count from 1. */
    public record Notice(String code, String severity, String title, String description, Integer line,
                         Integer column) {
    }
}

package org.saidgraph.query;

import java.util.List;

/**
 * The answer to a read-only Cypher query: column names, rows of JSON values (a node is
 * {@code {elementId, labels, properties}}, a relationship {@code {elementId, type, startElementId, endElementId,
 * properties}}, a path {@code {nodes, relationships}}), and {@code truncated} when more rows existed than the cap.
 */
public record CypherResult(List<String> columns, List<List<Object>> rows, int rowCount, boolean truncated,
                           int maxRows, long elapsedMs) {
}

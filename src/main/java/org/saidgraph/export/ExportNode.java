package org.saidgraph.export;

import java.util.List;
import java.util.Map;

/**
 * One node as an export reads it: its element key, its labels, and its properties as plain Java values (String, Long,
 * Double, Boolean, LocalDate, or a List of those). The key is computed by the export's Cypher
 * ({@code cypher/query/export-nodes.cypher}), as the explorer's is: the node's {@code id}, {@code article:} and the id
 * for an article (an article may share an id with an entity), {@code stance:} and its {@code key} for a stance.
 */
public record ExportNode(String key, List<String> labels, Map<String, Object> properties) {
}

package org.saidgraph.export;

import java.util.List;
import java.util.Map;

/**
 * One node as an export reads it: its element key (see {@link CytoscapeData#key}), its labels, and its properties as
 * plain Java values (String, Long, Double, Boolean, LocalDate, or a List of those).
 */
public record ExportNode(String key, List<String> labels, Map<String, Object> properties) {
}

package org.saidgraph.export;

import java.util.Map;

/**
 * Every property key the graph uses on nodes and on relationships, with the kind of its values, in a stable order:
 * formats that declare their columns or keys before the data (GraphML, CSV) read it first.
 */
public record PropertySchema(Map<String, ValueKind> nodeKeys, Map<String, ValueKind> relationshipKeys) {
}

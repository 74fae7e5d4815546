package org.saidgraph.export;

import java.util.function.Consumer;

/**
 * Where an export reads the graph from: the schema of its properties, then every node, then every relationship, each
 * handed over one at a time as it is read, so that an export never holds the graph in memory.
 */
public interface GraphSource {

    PropertySchema schema();

    void nodes(Consumer<ExportNode> sink);

    void relationships(Consumer<ExportRelationship> sink);
}

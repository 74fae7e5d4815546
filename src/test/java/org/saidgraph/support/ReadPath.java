package org.saidgraph.support;

/** The two ways the application reads the graph for its API ({@code graph.Reads}), for tests that run on both. */
public enum ReadPath {
    /** Through the Neo4j driver over Bolt, as from an external server ({@code saidgraph.neo4j.uri}). */
    DRIVER,
    /** Through the embedded database's Java API, as from the database in the application's own process. */
    EMBEDDED
}

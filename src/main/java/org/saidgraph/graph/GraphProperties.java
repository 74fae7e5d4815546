package org.saidgraph.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the graph lives. With {@code neo4j.uri} unset an embedded database runs in this process; with it set, every
 * query goes to that server or cluster and nothing is embedded.
 *
 * @param dataDir  where the embedded database keeps its files
 * @param bolt     the embedded database's Bolt connector (always bound to 127.0.0.1)
 * @param neo4j    an external Neo4j to use instead of the embedded one
 * @param embedded resource limits of the embedded database
 */
@ConfigurationProperties("saidgraph")
public record GraphProperties(
        @DefaultValue("saidgraph-data") Path dataDir,
        @DefaultValue Bolt bolt,
        @DefaultValue Neo4j neo4j,
        @DefaultValue Embedded embedded) {

    /** @param port Bolt port on 127.0.0.1; 0 picks a free one */
    public record Bolt(@DefaultValue("7687") int port) {
    }

    public record Neo4j(String uri, @DefaultValue("neo4j") String username, String password,
                        @DefaultValue("neo4j") String database) {

        public boolean configured() {
            return uri != null && !uri.isBlank();
        }
    }

    /**
     * @param pageCache         page cache size, such as 512m
     * @param transactionMemory the most memory one transaction may take, such as 512m; a query that needs more fails
     *                          instead of endangering the process
     */
    public record Embedded(@DefaultValue("512m") String pageCache, @DefaultValue("512m") String transactionMemory) {
    }
}

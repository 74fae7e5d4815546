package org.saidgraph.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where the graph lives. With {@code neo4j.uri} unset an embedded database runs in this process; with it set, every
 * query goes to that server or cluster and nothing is embedded.
 *
 * @param dataDir  where the embedded database keeps its files
 * @param bolt     the embedded database's Bolt connector (always bound to 127.0.0.1)
 * @param neo4j    an external Neo4j to use instead of the embedded one
 * @param embedded resource limits of the embedded database
 * @param driver   timeouts of the driver every query goes through
 */
@ConfigurationProperties("saidgraph")
public record GraphProperties(
        @DefaultValue("saidgraph-data") Path dataDir,
        @DefaultValue Bolt bolt,
        @DefaultValue Neo4j neo4j,
        @DefaultValue Embedded embedded,
        @DefaultValue DriverTimeouts driver) {

    /**
     * How long the driver waits, so that an unreachable database gives an answer (503) in bounded time.
     *
     * @param connectTimeout     to open a connection
     * @param acquisitionTimeout to get a connection from the pool when all are busy
     * @param maxRetryTime       how long a transaction is retried after a transient error (a deadlock between two
     *                           writers merging the same entity, a leader switch, a dropped connection)
     */
    public record DriverTimeouts(@DefaultValue("5s") Duration connectTimeout,
                         @DefaultValue("10s") Duration acquisitionTimeout,
                         @DefaultValue("10s") Duration maxRetryTime) {
    }

    /**
     * @param port             Bolt port on 127.0.0.1; 0 picks a free one
     * @param password         password of the embedded database's user neo4j; unset, one is generated at the first
     *                         start and kept in {@code <data-dir>/bolt-password}, readable by the owner only
     * @param websocketOrigins web origins (such as {@code https://browser.neo4j.io}) whose pages may open Bolt over
     *                         WebSocket; an upgrade a browser sends from any other origin is refused
     */
    public record Bolt(@DefaultValue("7687") int port, String password, @DefaultValue("") List<String> websocketOrigins) {

        public Bolt {
            websocketOrigins = websocketOrigins == null ? List.of()
                    : websocketOrigins.stream().filter(o -> !o.isBlank()).toList();
        }
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

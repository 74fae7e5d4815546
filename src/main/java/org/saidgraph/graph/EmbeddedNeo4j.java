package org.saidgraph.graph;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * A Neo4j Community database inside this process, reachable only through its Bolt connector on 127.0.0.1, so that
 * the application, Neo4j Browser and any driver all talk to it the same way.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService service;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService service, int boltPort) {
        this.service = service;
        this.boltPort = boltPort;
    }

    public static EmbeddedNeo4j start(Path home, int boltPort, GraphProperties.Embedded limits) {
        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                // Auth stays off because the connector listens on loopback only; see the README on exposing it.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(limits.pageCache()))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(limits.transactionMemory()))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                // Bolt's network threads otherwise wait for 5 s of quiet, twice, before they stop: a stop took 10.6 s.
                // By the time the database stops, the application has closed its driver and stopped serving HTTP.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        try {
            GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            int port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
            log.info("Embedded Neo4j started in {} ms at {}, Bolt on bolt://127.0.0.1:{}",
                    (System.nanoTime() - started) / 1_000_000, home.toAbsolutePath(), port);
            return new EmbeddedNeo4j(service, port);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
    }

    /** The database itself, for writing through Neo4j's Java API instead of Bolt (the loader does). */
    public org.neo4j.graphdb.GraphDatabaseService database() {
        return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    public int boltPort() {
        return boltPort;
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    @Override
    public void close() {
        service.shutdown();
    }
}

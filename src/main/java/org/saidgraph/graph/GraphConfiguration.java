package org.saidgraph.graph;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Wires the {@link Driver} (to the embedded database by default, or to the server at {@code saidgraph.neo4j.uri}
 * when that is set) and the {@link Graph} with the {@link Reads} that the API's queries run through.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphProperties.class)
public class GraphConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${saidgraph.neo4j.uri:}'.isBlank()")
    EmbeddedNeo4j embeddedNeo4j(GraphProperties properties,
                                ObjectProvider<EmbeddedNeo4jEarlyStart.Start> earlyStart) {
        EmbeddedNeo4jEarlyStart.Start start = earlyStart.getIfAvailable();
        return start != null ? start.await()
                : EmbeddedNeo4j.start(properties.dataDir(), properties.bolt(), properties.embedded());
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(GraphProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
        GraphProperties.DriverTimeouts timeouts = properties.driver();
        Config config = Config.builder()
                .withLogging(Logging.slf4j())
                .withConnectionTimeout(timeouts.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(timeouts.acquisitionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(timeouts.maxRetryTime().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        GraphProperties.Neo4j external = properties.neo4j();
        Driver driver;
        if (external.configured()) {
            driver = GraphDatabase.driver(external.uri(), AuthTokens.basic(external.username(),
                    external.password() == null ? "" : external.password()), config);
            driver.verifyConnectivity();
        } else {
            EmbeddedNeo4j db = embedded.getObject();
            driver = GraphDatabase.driver(db.boltUri(), db.authToken(), config);
            // The embedded database has started and is listening: a connection that times out means only that the
            // machine is busy (seen at a load average of 30 on 2 cores), so the first one is given a few more tries
            // rather than failing the whole start.
            awaitConnectivity(driver::verifyConnectivity, EMBEDDED_CONNECT_ATTEMPTS, Duration.ofSeconds(1));
        }
        return driver;
    }

    static final int EMBEDDED_CONNECT_ATTEMPTS = 12;

    /** Runs the check until it passes, at most {@code attempts} times with a pause between; the last failure is thrown. */
    static void awaitConnectivity(Runnable check, int attempts, Duration pause) {
        for (int attempt = 1; ; attempt++) {
            try {
                check.run();
                return;
            } catch (ServiceUnavailableException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * The API's reads run straight in the embedded database when there is one (EmbeddedReads: no Bolt between two
     * parts of the same process), through the driver to an external server; writes and the user's Cypher endpoint
     * always go through the driver.
     */
    @Bean
    Graph graph(Driver driver, GraphProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
        EmbeddedNeo4j db = embedded.getIfAvailable();
        Reads reads = db == null ? null : new EmbeddedReads(db.database(), properties.driver().maxRetryTime());
        Graph graph = new Graph(driver, SessionConfig.forDatabase(properties.neo4j().database()), reads);
        graph.applySchema();
        return graph;
    }
}

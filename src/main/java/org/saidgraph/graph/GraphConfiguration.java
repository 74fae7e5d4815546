package org.saidgraph.graph;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

/**
 * Wires the one {@link Driver} every query goes through: to the embedded database by default, or to the server at
 * {@code saidgraph.neo4j.uri} when that is set.
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
        } else {
            EmbeddedNeo4j db = embedded.getObject();
            driver = GraphDatabase.driver(db.boltUri(), db.authToken(), config);
        }
        driver.verifyConnectivity();
        return driver;
    }

    @Bean
    Graph graph(Driver driver, GraphProperties properties) {
        Graph graph = new Graph(driver, SessionConfig.forDatabase(properties.neo4j().database()));
        graph.applySchema();
        return graph;
    }
}

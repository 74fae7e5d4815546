package org.saidgraph.graph;

import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Whether the database answers a trivial query within a few seconds. Replaces Spring Boot's Neo4j indicator, which
 * also shows the server's address and version: health is public, and says only UP or DOWN and the database's name.
 */
@Component("databaseHealthIndicator")
class GraphHealth implements HealthIndicator {

    private static final TransactionConfig QUICK = TransactionConfig.builder().withTimeout(Duration.ofSeconds(3))
            .build();

    private final Graph graph;

    GraphHealth(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Health health() {
        try (Session session = graph.readSession()) {
            session.run("RETURN 1", QUICK).consume();
            return Health.up().withDetail("database", graph.database()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("database", graph.database())
                    .withDetail("error", "the database does not answer").build();
        }
    }
}

package org.saidgraph.graph;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.saidgraph.SaidgraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The external-server path: with saidgraph.neo4j.uri set, nothing is embedded and the seed goes into that server.
 * Needs a Docker engine for the neo4j:5.26 image; where there is none (these build machines and CI), JUnit skips it
 * and says "Docker is not available".
 */
@Testcontainers(disabledWithoutDocker = true)
class ExternalNeo4jServerTest {

    @Container
    static final Neo4jContainer<?> SERVER = new Neo4jContainer<>("neo4j:5.26").withAdminPassword("saidgraph-test");

    @Test
    void usesTheConfiguredServerInsteadOfAnEmbeddedDatabase() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SaidgraphApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1",
                "--saidgraph.neo4j.uri=" + SERVER.getBoltUrl(),
                "--saidgraph.neo4j.username=neo4j",
                "--saidgraph.neo4j.password=saidgraph-test",
                "--saidgraph.datasets=data/articles")) {

            assertThat(app.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
            long statements = app.getBean(Driver.class).executableQuery("MATCH (s:Statement) RETURN count(s) AS n")
                    .execute().records().get(0).get("n").asLong();
            assertThat(statements).isGreaterThan(20);
        }
    }
}

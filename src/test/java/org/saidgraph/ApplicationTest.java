package org.saidgraph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.saidgraph.graph.Cypher;
import org.saidgraph.graph.EmbeddedNeo4j;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The main job as a user runs it: embedded database, seed loaded at start, HTTP and Bolt on loopback. */
class ApplicationTest {

    @TempDir
    Path dataDir;

    @Test
    void startsHealthyWithTheSeedLoadedAndARestartChangesNoCount() throws Exception {
        Map<String, Object> firstCounts;
        try (ConfigurableApplicationContext app = start()) {
            HttpResponse<String> health = get(app, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"neo4j\"", "\"startupDatasets\"",
                    "\"created\":1", "\"rejected\":0");

            firstCounts = countsOverBolt(app);
            assertThat(firstCounts.get("articles")).isEqualTo(1L);
            assertThat((Long) firstCounts.get("statements")).isGreaterThan(20L);
            assertThat(firstCounts.get("people")).isEqualTo(7L);
        }
        try (ConfigurableApplicationContext app = start()) {
            assertThat(countsOverBolt(app)).isEqualTo(firstCounts);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SaidgraphApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1", "--saidgraph.bolt.port=0",
                "--saidgraph.data-dir=" + dataDir, "--saidgraph.datasets=data/articles");
    }

    /** Counts read by a separate driver over the embedded database's Bolt port, as Neo4j's own tools would. */
    private static Map<String, Object> countsOverBolt(ConfigurableApplicationContext app) {
        EmbeddedNeo4j embedded = app.getBean(EmbeddedNeo4j.class);
        try (Driver driver = GraphDatabase.driver(embedded.boltUri(), embedded.authToken())) {
            Record record = driver.executableQuery(Cypher.query("load/counts")).execute().records().get(0);
            return record.asMap();
        }
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

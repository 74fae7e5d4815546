package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.saidgraph.SaidgraphApplication;
import org.saidgraph.graph.EmbeddedNeo4j;
import org.saidgraph.query.cypher.ReadOnlyCypher;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /api/cypher against an external Neo4j server (saidgraph.neo4j.uri) that is deliberately permissive: it lets
 * LOAD CSV read files from its import directory, where a secret file waits. Reached directly, the server reads it;
 * through the API, every hostile query is refused exactly as against the embedded database and the server's graph
 * does not change, because every layer of the guard is enforced by the application, not by the server's settings.
 */
class ExternalServerCypherSafetyTest {

    static Path importDir;
    static Neo4j server;
    static Driver direct;
    static ConfigurableApplicationContext app;
    static int port;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startServerAndApplication() throws IOException {
        importDir = Files.createTempDirectory("saidgraph-external-import");
        Files.writeString(importDir.resolve("secret.csv"), "the-secret\n");
        server = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(GraphDatabaseSettings.allow_file_urls, true)
                .withConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .withFunction(FakeApoc.class)
                .withProcedure(FakeApoc.class)
                .build();
        direct = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
        app = new SpringApplicationBuilder(SaidgraphApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1",
                "--saidgraph.neo4j.uri=" + server.boltURI(),
                "--saidgraph.neo4j.password=unused",
                "--saidgraph.datasets=data/articles",
                "--saidgraph.cypher.timeout=3s");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (direct != null) {
            direct.close();
        }
        if (server != null) {
            server.close();
        }
        Files.deleteIfExists(importDir.resolve("secret.csv"));
        Files.deleteIfExists(importDir);
    }

    @Test
    void theApplicationUsesTheExternalServerAndItIsPermissive() {
        assertThat(app.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
        List<String> read = direct.executableQuery("LOAD CSV FROM 'file:///secret.csv' AS line RETURN line[0] AS x")
                .execute().records().stream().map(r -> r.get("x").asString()).toList();
        assertThat(read).as("the server itself reads files").containsExactly("the-secret");
        JsonNode answer = cypher("MATCH (p:Person {id: 'elon-musk'})-[:SAID]->(s) RETURN count(s) AS n", 200);
        assertThat(answer.at("/rows/0/0").asInt()).isPositive();
    }

    @ParameterizedTest(name = "refuses on the external server: {0}")
    @MethodSource("org.saidgraph.api.HostileQueries#refused")
    void refusesAndChangesNothing(String query) {
        List<String> before = snapshot();
        HttpResponse<String> response = post(query);
        assertThat(response.statusCode()).as("%s -> %s", query, response.body()).isIn(400, 403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("the-secret").doesNotContain(importDir.toString());
        assertThat(HostileCypherTest.LEAK.matcher(response.body()).find()).as(response.body()).isFalse();
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "bounded on the external server: {0}")
    @MethodSource("org.saidgraph.api.HostileQueries#bounded")
    void runawayAndHugeQueriesAreAnsweredWithinTheDeadline(String query) {
        List<String> before = snapshot();
        long started = System.nanoTime();
        HttpResponse<String> response = post(query);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(ms).as("%s answered after %d ms", query, ms).isLessThan(3_000 + 5_000);
        assertThat(response.statusCode()).as("%s -> %s", query, response.body()).isIn(200, 422);
        assertThat(response.body().length()).isLessThan(9 * 1024 * 1024);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void apocCypherRunnersInstalledOnTheServerAreRefusedByThePlanLayerToo() {
        String hidden = "RETURN apoc.cypher.runFirstColumnSingle('CREATE (:Hacked)', {}) AS x";
        List<String> direct = ExternalServerCypherSafetyTest.direct.executableQuery(hidden).execute().records()
                .stream().map(r -> r.get("x").asString()).toList();
        assertThat(direct).as("the server runs it").containsExactly("would have run: CREATE (:Hacked)");
        ReadOnlyCypher cypher = app.getBean(ReadOnlyCypher.class);
        assertThat(cypher.planRefusals(hidden, Map.of())).as("the plan layer alone")
                .anySatisfy(reason -> assertThat(reason).contains("apoc.cypher.runFirstColumnSingle"));
        assertThat(cypher.planRefusals("CALL apoc.cypher.run('CREATE (:Hacked)', {}) YIELD value RETURN value",
                Map.of())).anySatisfy(reason -> assertThat(reason).contains("apoc.cypher.run"));
        assertThat(post(hidden).statusCode()).isEqualTo(403);
    }

    @Test
    void thePlanLayerAloneRefusesFileAccessOnTheExternalServer() {
        ReadOnlyCypher cypher = app.getBean(ReadOnlyCypher.class);
        assertThat(cypher.planRefusals("LOAD CSV FROM 'file:///secret.csv' AS line RETURN line", Map.of()))
                .isNotEmpty();
        assertThat(cypher.planRefusals("CALL dbms.listConfig()", Map.of())).isNotEmpty();
    }

    @Test
    void stopsARunawayQueryAndCapsRowsOnTheExternalServer() {
        JsonNode stopped = cypher("MATCH (a), (b), (c), (d), (e), (f) WHERE a.id < b.id AND c.id < d.id "
                + "RETURN count(*)", 422);
        System.out.printf("RELIABILITY hostile-refused external=%d%n", HostileQueries.REFUSED.size());
        assertThat(stopped.path("title").asText()).isEqualTo("Query timed out");
        JsonNode capped = cypher("UNWIND range(1, 100000000) AS x RETURN x", 200);
        assertThat(capped.path("truncated").asBoolean()).isTrue();
        assertThat(capped.path("rows")).hasSize(10_000);
    }

    static List<String> snapshot() {
        var nodes = direct.executableQuery("MATCH (n) RETURN labels(n) AS l, properties(n) AS p").execute().records()
                .stream().map(r -> r.get("l").asList().toString() + new TreeMap<>(r.get("p").asMap()));
        var rels = direct.executableQuery("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS p, "
                + "b.id AS b").execute().records().stream()
                .map(r -> r.get("a") + r.get("t").asString() + new TreeMap<>(r.get("p").asMap()) + r.get("b"));
        var indexes = direct.executableQuery("SHOW INDEXES YIELD name RETURN name").execute().records().stream()
                .map(r -> "index " + r.get("name").asString());
        return java.util.stream.Stream.of(nodes, rels, indexes).flatMap(s -> s).sorted().toList();
    }

    static JsonNode cypher(String query, int status) {
        HttpResponse<String> response = post(query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> post(String query) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", query));
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cypher"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

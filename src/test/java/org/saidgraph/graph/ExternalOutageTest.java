package org.saidgraph.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saidgraph.SaidgraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, item 3: saidgraph over an external Neo4j (a separate process, on a free port) that dies and comes back.
 * During the outage reads answer 503 problem+json with Retry-After within the configured driver timeouts, health is
 * DOWN, and a dataset posted is refused cleanly with nothing half-written; after the server is back, both recover
 * without restarting saidgraph and the same post succeeds, complete.
 */
class ExternalOutageTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "outage-token";
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    @Test
    void readsAnswer503DuringAnOutageAndEverythingRecoversWithoutARestart() throws Exception {
        Path dataset = Path.of("src/test/resources/outage/outage-article.json");
        try (SeparateNeo4jProcess neo4j = new SeparateNeo4jProcess(work.resolve("db"), work.resolve("neo4j.log"))) {
            neo4j.start();
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SaidgraphApplication.class).run(
                    "--server.port=0", "--server.address=127.0.0.1", "--saidgraph.neo4j.uri=" + neo4j.uri(),
                    "--saidgraph.neo4j.password=unused", "--saidgraph.datasets=data/articles",
                    "--saidgraph.api.write-token=" + TOKEN, "--saidgraph.driver.connect-timeout=2s",
                    "--saidgraph.driver.acquisition-timeout=3s", "--saidgraph.driver.max-retry-time=2s",
                    "--spring.main.banner-mode=off")) {
                int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
                assertThat(get(port, "/api/statements?speaker=elon-musk").statusCode()).isEqualTo(200);
                assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);

                neo4j.kill();
                long bound = 2_000 + 3_000 + 2_000 + 3_000; // connect + acquisition + retry + a margin
                for (String read : List.of("/api/statements?speaker=elon-musk", "/api/people/elon-musk",
                        "/api/search?q=musk", "/api/articles")) {
                    long started = System.nanoTime();
                    HttpResponse<String> answer = get(port, read);
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    assertThat(answer.statusCode()).as("%s: %s", read, answer.body()).isEqualTo(503);
                    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                            .startsWith("application/problem+json");
                    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                    assertThat(ms).as("%s answered after %d ms", read, ms).isLessThan(bound);
                    System.out.printf("RELIABILITY outage read=%s status=503 ms=%d%n", read, ms);
                }
                HttpResponse<String> cypher = post(port, "/api/cypher", "{\"query\": \"MATCH (n) RETURN count(n)\"}");
                assertThat(cypher.statusCode()).as(cypher.body()).isEqualTo(503);
                HttpResponse<String> health = get(port, "/actuator/health");
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("\"DOWN\"");
                HttpResponse<String> load = post(port, "/api/articles", Files.readString(dataset));
                assertThat(load.statusCode()).as(load.body()).isEqualTo(503);
                assertThat(load.headers().firstValue("Retry-After")).isPresent();

                neo4j.start();
                long recovered = awaitStatus(port, "/api/statements?speaker=elon-musk", 200);
                System.out.printf("RELIABILITY outage recovered-ms=%d%n", recovered);
                assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
                JsonNode absent = JSON.readTree(get(port, "/api/articles/outage-article").body());
                assertThat(absent.path("status").asInt()).as("nothing half-written").isEqualTo(404);
                HttpResponse<String> retried = post(port, "/api/articles", Files.readString(dataset));
                assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
                JsonNode article = JSON.readTree(get(port, "/api/articles/outage-article").body());
                assertThat(article.path("statements").size()).isEqualTo(JSON.readTree(dataset.toFile())
                        .path("statements").size());
            }
        }
    }

    private long awaitStatus(int port, String path, int status) throws Exception {
        long started = System.nanoTime();
        while (System.nanoTime() - started < Duration.ofMinutes(1).toNanos()) {
            if (get(port, path).statusCode() == status) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not answer " + status + " within a minute");
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

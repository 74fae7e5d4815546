package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a random port over a real embedded Neo4j with the seed loaded, reached through real HTTP. Every
 * API test class extends this with the same configuration, so Spring starts the application (and Neo4j) once and
 * shares it; tests that write load their own small datasets and remove them, never touching the seed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "saidgraph.bolt.port=0",
        "saidgraph.datasets=data/articles",
        "saidgraph.api.write-token=test-token",
        "saidgraph.cypher.timeout=3s",
        "saidgraph.embedded.page-cache=64m"
})
abstract class ApiTestSupport {

    static final String SEED = "musk-ukraine-peace-plan";
    static final String MUSK_DENIAL = SEED + ".musk-denial-tweet";
    static final String BREMMER_CLAIM = SEED + ".bremmer-claims-musk-spoke-to-putin";
    static final String MUSK_PROPOSAL = SEED + ".musk-peace-proposal";
    static final String PUTIN_DEMANDS = SEED + ".putin-demands";

    /** One data directory for the shared application context, removed when the JVM exits. */
    static final Path DATA_DIR = createDataDir();

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("saidgraph.data-dir", DATA_DIR::toString);
    }

    private static Path createDataDir() {
        try {
            Path dir = Files.createTempDirectory("saidgraph-api-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }

    /** An HTTP answer: status, content type and the body parsed as JSON (null when it is not JSON). */
    record Answer(int status, String contentType, String text, JsonNode json, HttpResponse<String> response) {

        Answer isProblem(int expected) {
            assertThat(status).as("status of %s", text).isEqualTo(expected);
            assertThat(contentType).startsWith("application/problem+json");
            assertThat(json.path("status").asInt()).isEqualTo(expected);
            assertThat(json.path("detail").asText()).isNotBlank();
            return this;
        }

        Answer isOk() {
            assertThat(status).as("status of %s", text).isEqualTo(200);
            assertThat(contentType).startsWith("application/json");
            return this;
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Answer post(String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b);
    }

    Answer delete(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).DELETE();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b);
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = null;
            if (type.contains("json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), type, response.body(), json, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    static List<String> at(JsonNode array, String pointer) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.at(pointer).asText()));
        return out;
    }

    /** The number of nodes, of relationships, and a digest of every label, type and property in the graph. */
    String graphFingerprint() {
        try (Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            List<String> items = new ArrayList<>();
            session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r ->
                    items.add("N" + r.get("labels").asList().stream().map(Object::toString).sorted().toList()
                            + new TreeMap<>(r.get("props").asMap())));
            session.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props")
                    .forEachRemaining(r -> items.add("R" + r.get("type").asString() + r.get("a") + r.get("b")
                            + new TreeMap<>(r.get("props").asMap())));
            long nodes = items.stream().filter(s -> s.startsWith("N")).count();
            long rels = items.size() - nodes;
            items.sort(null);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            items.forEach(s -> digest.update(s.getBytes(StandardCharsets.UTF_8)));
            return nodes + " nodes, " + rels + " relationships, " + HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Record single(String cypher, Map<String, Object> params) {
        try (Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            return session.run(cypher, params).single();
        }
    }
}

package org.saidgraph.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.saidgraph.SaidgraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * The application with the seed loaded, over an embedded database in a temporary directory, reached through real
 * HTTP; shared by the property-based tests, which run on jqwik's engine, outside Spring's test context cache.
 */
final class FuzzServer implements AutoCloseable {

    static final String TOKEN = "fuzz-token";
    static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext app;
    private final Path dataDir;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** An answer: status, content type and body. */
    record Answer(int status, String contentType, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return JSON.nullNode();
            }
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json") && !json().path("detail").asText().isBlank();
        }
    }

    FuzzServer() {
        try {
            dataDir = Files.createTempDirectory("saidgraph-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app = new SpringApplicationBuilder(SaidgraphApplication.class).run("--server.port=0",
                "--server.address=127.0.0.1", "--saidgraph.bolt.port=0", "--saidgraph.data-dir=" + dataDir,
                "--saidgraph.datasets=data/articles", "--saidgraph.api.write-token=" + TOKEN,
                "--saidgraph.embedded.page-cache=64m", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET());
    }

    Answer postDataset(byte[] body) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer delete(String articleId) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles/" + articleId))
                .header("Authorization", "Bearer " + TOKEN).DELETE());
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every node and relationship with its labels, type and properties, as one digest: equal means unchanged. */
    String fingerprint() {
        Driver driver = app.getBean(Driver.class);
        try (Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            List<String> items = new ArrayList<>();
            session.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p").forEachRemaining(r ->
                    items.add("N" + r.get("l").asList() + new TreeMap<>(r.get("p").asMap())));
            session.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b")
                    .forEachRemaining(r -> items.add("R" + r.get("a") + r.get("t") + new TreeMap<>(r.get("p").asMap())
                            + r.get("b")));
            items.sort(null);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            items.forEach(s -> digest.update(s.getBytes(StandardCharsets.UTF_8)));
            return items.size() + ":" + HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
        try (var walk = Files.walk(dataDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }
}

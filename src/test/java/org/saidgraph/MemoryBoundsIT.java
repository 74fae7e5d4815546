package org.saidgraph;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, item 7: the packaged jar with {@code -Xmx512m} serves the seed and answers every read endpoint and
 * /api/cypher; 100 MB uploads (declared, and chunked) are refused without exhausting the heap; a large Cypher result
 * is bounded. The write token given on its command line appears neither in its output nor in Neo4j's logs.
 */
class MemoryBoundsIT {

    private static final Path JAR = Path.of("target/saidgraph.jar");
    private static final String SECRET = "cmdline-secret-7c1e";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    @TempDir
    Path work;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void with512MegabytesOfHeapItServesEveryEndpointAndRefusesAHundredMegabyteUpload() throws Exception {
        Path log = work.resolve("server.log");
        Path data = work.resolve("data");
        process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString(), "--server.port=0", "--saidgraph.bolt.port=0",
                "--saidgraph.data-dir=" + data, "--saidgraph.api.write-token=" + SECRET))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int port = awaitHealthy(log);

        List<String> reads = List.of("/api/search?q=nauseda", "/api/people/elon-musk",
                "/api/people/elon-musk/statements", "/api/organizations/spacex", "/api/territories/crimea",
                "/api/territories/crimea/statements", "/api/territories/crimea/positions",
                "/api/statements?speaker=elon-musk", "/api/statements/musk-ukraine-peace-plan.musk-denial-tweet",
                "/api/statements/musk-ukraine-peace-plan.musk-denial-tweet/thread",
                "/api/paths?from=elon-musk&to=gitanas-nauseda", "/api/articles",
                "/api/articles/musk-ukraine-peace-plan", "/v3/api-docs", "/actuator/health");
        for (String read : reads) {
            HttpResponse<String> answer = get(port, read);
            assertThat(answer.statusCode()).as("%s: %s", read, answer.body()).isEqualTo(200);
        }
        HttpResponse<String> big = post(port, "/api/cypher", HttpRequest.BodyPublishers.ofString(
                "{\"query\": \"UNWIND range(1, 5000000) AS x MATCH (a:Article) RETURN x, a.text\"}"), "application/json");
        assertThat(big.statusCode()).as(big.body()).isEqualTo(200);
        assertThat(big.body()).contains("\"truncated\":true");
        assertThat(big.body().length()).isLessThan(9 * 1024 * 1024);

        for (int i = 0; i < 3; i++) {
            assertThat(status(port, "/api/articles", endless(100L * 1024 * 1024), "application/json"))
                    .isIn(413, CLOSED);
            assertThat(status(port, "/api/articles", HttpRequest.BodyPublishers.ofByteArray(
                    new byte[100 * 1024 * 1024]), "application/json")).isIn(413, CLOSED);
            assertThat(status(port, "/api/extract", endless(100L * 1024 * 1024), "text/plain")).isIn(413, CLOSED);
        }
        assertThat(process.isAlive()).isTrue();
        assertThat(get(port, "/api/statements?speaker=elon-musk&act=denial").statusCode()).isEqualTo(200);

        String output = Files.readString(log);
        assertThat(output).doesNotContain("OutOfMemoryError").doesNotContain(SECRET);
        try (Stream<Path> files = Files.walk(data.resolve("logs"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(SECRET);
            }
        }
    }

    private static HttpRequest.BodyPublisher endless(long bytes) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            long left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        });
    }

    private static final Pattern TOMCAT_PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private int awaitHealthy(Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("server running; its log:%n%s", Files.readString(log)).isTrue();
            Matcher port = TOMCAT_PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (port.find()) {
                int p = Integer.parseInt(port.group(1));
                HttpResponse<String> health = get(p, "/actuator/health");
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return p;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not healthy within 6 minutes (a loaded machine starts slowly; healthy in seconds alone); log:\n" + Files.readString(log));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, HttpRequest.BodyPublisher body, String type)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", type).header("Authorization", "Bearer " + SECRET)
                .timeout(Duration.ofSeconds(120)).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Stands for a connection the server closed after refusing the body, before the client read its answer. */
    private static final int CLOSED = -1;

    private int status(int port, String path, HttpRequest.BodyPublisher body, String type)
            throws InterruptedException {
        try {
            return post(port, path, body, type).statusCode();
        } catch (IOException closedAfterTheAnswer) {
            return CLOSED;
        }
    }
}

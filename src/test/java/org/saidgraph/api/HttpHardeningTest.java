package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP layer as an attacker tries it (issue 7, "Found when tried as an attacker would"): bodies limited in bytes
 * while they stream in, a stalled body cut off, malformed bodies and {@code /error} as problem+json, no 5xx for a
 * number out of range, security headers everywhere, nothing secret in health, errors, the API description or the
 * logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class HttpHardeningTest extends ApiTestSupport {

    static final String AUTH = "Bearer test-token";

    /** An endless body, made as it is read: nothing of it is ever held whole. */
    static HttpRequest.BodyPublisher endless(long bytes) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            long left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        });
    }

    static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void aDeclaredGigabyteIsRefusedBeforeAByteOfItIsRead() {
        for (String path : List.of("/api/extract", "/api/ingest", "/api/cypher", "/api/articles")) {
            RawHttp.Reply reply = RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + AUTH + "\r\nContent-Type: text/plain\r\nContent-Length: 1073741824\r\n\r\nxxxx", 10_000);
            assertThat(reply.status()).as("%s: %s", path, reply.text()).isEqualTo(413);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).contains("bytes this endpoint accepts");
        }
    }

    /**
     * Bodies over the limit, chunked: a little over it gets a clean 413 (Tomcat drops the rest, up to
     * server.tomcat.max-swallow-size); 200 MB is refused at the limit and the connection closed while the client
     * still sends (this client then sees the close, curl sees the 413); either way the heap does not grow.
     */
    @Test
    void chunkedBodiesAreCountedWhileTheyStreamAndRefusedAtTheLimit() {
        Map<String, Long> slightlyOver = Map.of("/api/extract", 2L << 20, "/api/ingest", 2L << 20,
                "/api/cypher", 1L << 20, "/api/articles", 20L << 20);
        slightlyOver.forEach((path, bytes) -> sendOrExplain(path, HttpRequest.newBuilder(uri(path))
                .POST(endless(bytes)).header("Content-Type", type(path)).header("Authorization", AUTH))
                .isProblem(413));
        long before = usedHeap();
        for (String path : slightlyOver.keySet()) {
            for (int i = 0; i < 2; i++) {
                try {
                    Answer answer = send(HttpRequest.newBuilder(uri(path)).POST(endless(200L * 1024 * 1024))
                            .header("Content-Type", type(path)).header("Authorization", AUTH));
                    answer.isProblem(413);
                } catch (java.io.UncheckedIOException closedWhileSending) {
                    // refused, and the connection closed before this client read the answer
                }
            }
        }
        long grown = usedHeap() - before;
        System.out.printf("RELIABILITY upload 8x200MB heap-growth-bytes=%d%n", grown);
        assertThat(grown).as("heap growth after eight 200 MB uploads").isLessThan(64L * 1024 * 1024);
        get("/api/search?q=musk").isOk();
    }

    private static String type(String path) {
        return path.equals("/api/extract") || path.equals("/api/ingest") ? "text/plain" : "application/json";
    }

    private Answer sendOrExplain(String path, HttpRequest.Builder request) {
        try {
            return send(request);
        } catch (java.io.UncheckedIOException e) {
            throw new AssertionError("the answer to " + path + " was cut off", e);
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsCutOffAtTheReadTimeout() {
        RawHttp.Reply reply = RawHttp.send(port, "POST /api/cypher HTTP/1.1\r\nHost: x\r\nContent-Type: "
                + "application/json\r\nContent-Length: 100\r\n\r\n{\"query\":", 40_000);
        System.out.printf("RELIABILITY short-body cut-off-ms=%d status=%d%n", reply.millis(), reply.status());
        assertThat(reply.timedOut()).as("the server answered or closed: %s", reply.text()).isFalse();
        assertThat(reply.millis()).as("within twice server.tomcat.connection-timeout (10 s) and a margin")
                .isLessThan(25_000);
        if (reply.status() > 0) {
            assertThat(reply.status()).isIn(400, 408);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aMalformedChunkedBodyIsAProblemNotSpringsDefaultJson() {
        for (String path : List.of("/api/cypher", "/api/articles", "/api/extract")) {
            RawHttp.Reply reply = RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + AUTH + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "zz\r\n{}\r\n0\r\n\r\n", 10_000);
            assertThat(reply.status()).as("%s: %s", path, reply.text()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).as(reply.text()).startsWith("application/problem+json");
            assertThat(reply.body()).doesNotContain("\"timestamp\"").doesNotContain("Exception");
        }
    }

    @Test
    void getErrorIsA404Problem() {
        Answer answer = get("/error").isProblem(404);
        assertThat(answer.text()).doesNotContain("timestamp").doesNotContain("999");
    }

    @Test
    void aNumberOutOfRangeInADatasetIs422NamingItNotA500() {
        String before = graphFingerprint();
        Map<String, String> fields = Map.of("{\"formatVersion\":1e400}", "formatVersion",
                "{\"formatVersion\":-1e400}", "formatVersion",
                "{\"formatVersion\":1, \"article\": {\"id\": \"x\", \"published\": 1e99999}}", "published",
                "{\"formatVersion\":123456789012345678901234567890}", "formatVersion");
        fields.forEach((body, field) -> {
            Answer answer = post("/api/articles", body, "Authorization", AUTH);
            assertThat(answer.status()).as("%s -> %s", body, answer.text()).isEqualTo(422);
            answer.isProblem(422);
            assertThat(answer.json().path("detail").asText()).contains(field);
        });
        assertThat(graphFingerprint()).isEqualTo(before);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/api/search?q=musk", "/api/people/nobody", "/api/statements?size=-1",
                "/v3/api-docs", "/actuator/health", "/nothing-here", "/error")) {
            Answer answer = get(path);
            var headers = answer.response().headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityHeadersFilter.POLICY);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
        Answer ui = get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.response().headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeadersFilter.SWAGGER_UI_POLICY);
        assertThat(ui.text()).doesNotContain("<script>").doesNotContain("onload=");
    }

    @Test
    void healthShowsNeitherPathsNorTheBoltAddressAndOnlyHealthAndInfoAreExposed() {
        Answer health = get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text()).doesNotContain(DATA_DIR.toString()).doesNotContain("bolt://")
                .doesNotContain("127.0.0.1").doesNotContain("/tmp").doesNotContain("/work");
        assertThat(health.json().at("/components/database/status").asText()).isEqualTo("UP");
        for (String hidden : List.of("/actuator/env", "/actuator/configprops", "/actuator/beans",
                "/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings")) {
            assertThat(get(hidden).status()).as(hidden).isEqualTo(404);
        }
    }

    @Test
    void theWriteTokenAppearsNowhereAndAMalformedAuthorizationHeaderIsNotLogged(CapturedOutput output)
            throws Exception {
        RawHttp.Reply reply = RawHttp.send(port, "POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + "test-token\u0001\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", 10_000);
        assertThat(reply.status()).isIn(400, 401, 403);
        post("/api/articles", "{}", "Authorization", "Bearer wrong-test-token").isProblem(403);
        post("/api/articles", "{}", "Authorization", "Basic dGVzdC10b2tlbg==").isProblem(401);
        for (String path : List.of("/v3/api-docs", "/actuator/health", "/actuator/info", "/error")) {
            assertThat(get(path).text()).as(path).doesNotContain("test-token");
        }
        Thread.sleep(200);
        assertThat(output.getAll()).doesNotContain("test-token");
        try (Stream<Path> logs = Files.walk(DATA_DIR.resolve("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(log)).as(log.toString()).doesNotContain("test-token");
            }
        }
    }

    @Test
    void oversizedQueryStringsAreRefusedAsProblems() {
        Answer answer = get("/api/search?q=" + "a".repeat(20_000));
        assertThat(answer.status()).isIn(400, 414, 431);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode json = answer.json();
        assertThat(json.path("detail").asText()).isNotBlank();
    }
}

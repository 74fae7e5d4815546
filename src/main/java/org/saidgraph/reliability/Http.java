package org.saidgraph.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The HTTP client of the proofs: every exchange becomes an {@link Answer} with its time, and a connection that fails
 * (refused, reset, timed out) is an answer too, with status {@link #NO_ANSWER}, so that load generators count it
 * instead of stopping.
 */
final class Http {

    /** The status of an exchange that got no HTTP answer at all. */
    static final int NO_ANSWER = -1;

    private final HttpClient client;
    private final Duration timeout;

    Http(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** An answer: status (or {@link #NO_ANSWER}), body (or the failure), and how long it took. */
    record Answer(int status, String body, String retryAfter, long nanos) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        long millis() {
            return nanos / 1_000_000;
        }
    }

    Answer get(String uri) {
        return send(HttpRequest.newBuilder(URI.create(uri)).GET());
    }

    /** A POST with the write token of the servers the proofs start. */
    Answer post(String uri, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + SaidgraphProcess.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer postJson(String uri, String json) {
        return post(uri, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private Answer send(HttpRequest.Builder request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null), System.nanoTime() - started);
        } catch (IOException e) {
            return new Answer(NO_ANSWER, e.getClass().getSimpleName() + ": " + e.getMessage(), null,
                    System.nanoTime() - started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(NO_ANSWER, "interrupted", null, System.nanoTime() - started);
        }
    }
}

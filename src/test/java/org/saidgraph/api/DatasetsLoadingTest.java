package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saidgraph.load.StartupLoad;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * While the start-up datasets are still loading, answers may lack what they hold: every API answer says so in the
 * {@code Saidgraph-Datasets-Loading} header, the OpenAPI description declares it, and the explorer says so instead of
 * calling a graph that is still filling "empty". The application runs here over its own empty graph with the start-up
 * load switched off and a stand-in whose state the test sets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "saidgraph.bolt.port=0",
        "saidgraph.load-at-start=false",
        "saidgraph.embedded.page-cache=64m"
})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetsLoadingTest {

    static final AtomicBoolean LOADING = new AtomicBoolean(true);
    static final Path DATA_DIR = tempDir();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestConfiguration
    static class StillLoading {
        @Bean
        StartupLoad startupLoad() {
            return LOADING::get;
        }
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("saidgraph.data-dir", DATA_DIR::toString);
    }

    @LocalServerPort
    int port;

    @AfterAll
    void removeDataDir() throws IOException {
        LOADING.set(true);
        try (Stream<Path> walk = Files.walk(DATA_DIR)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void everyApiAnswerSaysTheDatasetsAreStillLoadingUntilTheyAre() throws Exception {
        LOADING.set(true);
        for (String path : new String[] {"/api/statements", "/api/graph", "/api/people/nobody", "/api/search?q=x"}) {
            assertThat(get(path).headers().firstValue(DatasetsLoadingHeader.NAME)).as(path).hasValue("true");
        }
        assertThat(get("/").headers().firstValue(DatasetsLoadingHeader.NAME)).as("the page is not an answer").isEmpty();

        LOADING.set(false);
        assertThat(get("/api/statements").headers().firstValue(DatasetsLoadingHeader.NAME)).isEmpty();
        assertThat(get("/api/people/nobody").headers().firstValue(DatasetsLoadingHeader.NAME)).isEmpty();
    }

    @Test
    void theOpenApiDescriptionDeclaresTheHeaderOnEveryResponse() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(get("/v3/api-docs").body());
        int responses = 0;
        for (JsonNode pathItem : doc.get("paths")) {
            for (JsonNode operation : pathItem) {
                for (JsonNode response : operation.path("responses")) {
                    responses++;
                    assertThat(response.at("/headers/" + DatasetsLoadingHeader.NAME + "/schema/type").asText())
                            .isEqualTo("boolean");
                }
            }
        }
        assertThat(responses).isGreaterThan(20);
    }

    @Test
    void theExplorerSaysTheGraphMayBeIncompleteWhileTheDatasetsLoad() {
        assumeTrue(Browser.unavailable().isEmpty(), () -> "skipped: " + Browser.unavailable().orElse(""));
        try (Browser browser = new Browser(1024, 700)) {
            LOADING.set(true);
            assertThat(statusAfterOpening(browser)).contains("still loading its datasets").doesNotContain("empty");

            LOADING.set(false);
            assertThat(statusAfterOpening(browser)).contains("The graph is empty");
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            LOADING.set(true);
        }
    }

    private String statusAfterOpening(Browser browser) {
        browser.driver().get("http://127.0.0.1:" + port + "/");
        browser.waitFor("the view drawn", d -> (Boolean) browser.js(
                "return !!window.saidgraph && window.saidgraph.ready"));
        return browser.driver().findElement(By.id("status")).getText();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("saidgraph-loading-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

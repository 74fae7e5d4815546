package org.saidgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saidgraph.cli.Cli;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small run of {@code bench query}, as a check that it starts the server over a generated corpus, asks every read
 * endpoint both ways and writes well-formed output: the BENCHMARKS.md section between its markers, the plot, the
 * JSON. Never a check of the figures themselves: timings belong in BENCHMARKS.md, measured on purpose.
 */
class BenchQuerySmokeTest {

    @TempDir
    Path dir;

    @Test
    void aSmallQueryBenchmarkAsksEveryEndpointBothWaysAndWritesItsSectionPlotAndFigures() throws Exception {
        Files.writeString(dir.resolve("BENCHMARKS.md"), "# Benchmarks\n\nWritten by hand.\n\n"
                + "<!-- bench query: old -->\nold figures\n<!-- end bench query -->\n\nAlso by hand.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[]{"bench", "query", "--sizes", "60",
                "--clients", "2", "--requests", "4", "--warm-up", "1", "--warm-up-all", "0", "--work",
                dir.resolve("work").toString(),
                "--out", dir.toString()});

        assertThat(code).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
        // Its server takes a free port, not the main job's 8080 (application.properties), which a user may be running.
        Matcher up = Pattern.compile("Server up on a free port: http://127\\.0\\.0\\.1:(\\d+)")
                .matcher(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        assertThat(up.find()).isTrue();
        assertThat(Integer.parseInt(up.group(1))).isNotEqualTo(8080);
        String report = Files.readString(dir.resolve("BENCHMARKS.md"));
        assertThat(report).startsWith("# Benchmarks\n\nWritten by hand.").contains("Also by hand.")
                .doesNotContain("old figures")
                .contains("| `GET /api/people/{id}` |", "| `GET /api/statements/{id}` |", "| `GET /api/paths?maxHops=4` |");
        var image = ImageIO.read(dir.resolve("docs/benchmarks/query-latency.png").toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(900);

        JsonNode figures = new ObjectMapper().readTree(dir.resolve("docs/benchmarks/query.json").toFile());
        JsonNode result = figures.path("results").get(0);
        assertThat(result.path("articles").asInt()).isEqualTo(60);
        assertThat(result.path("statements").asLong()).isPositive();
        List<String> endpoints = new ArrayList<>();
        for (JsonNode run : result.path("runs")) {
            endpoints.add(run.path("endpoint").asText());
            // Each endpoint was asked both ways, and every latency figure is a real number of milliseconds.
            for (String way : new String[]{"http", "direct"}) {
                assertThat(run.path(way).path("p50").isNumber()).as("%s %s p50", run.path("endpoint"), way).isTrue();
                assertThat(run.path(way).path("p99").asDouble()).as("%s %s p99", run.path("endpoint"), way)
                        .isGreaterThanOrEqualTo(run.path(way).path("p50").asDouble()).isPositive();
            }
        }
        assertThat(endpoints).contains("GET /api/people/{id}", "GET /api/territories/{id}/positions",
                "GET /api/search?q=", "GET /api/statements/{id}");
    }
}

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small run of {@code bench load}, as a check that it runs and writes well-formed output: the BENCHMARKS.md section
 * with a row for each way, the plots, the JSON. Never a check of the figures themselves: timings belong in
 * BENCHMARKS.md, measured on purpose, not in a test.
 */
class BenchLoadSmokeTest {

    @TempDir
    Path dir;

    @Test
    void aSmallLoadBenchmarkWritesItsSectionItsPlotsAndItsFigures() throws Exception {
        Files.writeString(dir.resolve("BENCHMARKS.md"), "# Benchmarks\n\nWritten by hand.\n\n"
                + "<!-- bench load: old -->\nold figures\n<!-- end bench load -->\n\nAlso by hand.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[]{"bench", "load", "--sizes", "60",
                "--naive-seconds", "2", "--warm-up", "0", "--keep-database", "--work", dir.resolve("work").toString(),
                "--out", dir.toString()});

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String report = Files.readString(dir.resolve("BENCHMARKS.md"));
        assertThat(report).startsWith("# Benchmarks\n\nWritten by hand.").contains("Also by hand.")
                .doesNotContain("old figures")
                .contains("| 60 articles | saidgraph |", "| 60 articles | raw |", "| 60 articles | naive |",
                        "](docs/benchmarks/load-throughput.png)");
        for (String plot : new String[]{"load-throughput.png", "load-progress.png"}) {
            var image = ImageIO.read(dir.resolve("docs/benchmarks").resolve(plot).toFile());
            assertThat(image).as(plot).isNotNull();
            assertThat(image.getWidth()).isEqualTo(900);
        }
        JsonNode figures = new ObjectMapper().readTree(dir.resolve("docs/benchmarks/load.json").toFile());
        assertThat(figures.path("runs")).hasSize(3);
        JsonNode saidgraph = figures.path("runs").get(0);
        assertThat(saidgraph.path("way").asText()).isEqualTo("saidgraph");
        assertThat(saidgraph.path("statements").asLong()).isPositive();
        // Both ways write the same graph: the raw limit is a fair comparison only if it creates the same relationships.
        assertThat(figures.path("runs").get(1).path("relationships").asLong())
                .isEqualTo(saidgraph.path("relationships").asLong());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("saidgraph: 60 articles");
        // --keep-database leaves the saidgraph way's database where bench query starts its server over it.
        assertThat(dir.resolve("work/graph-60-seed1/data/databases/neo4j")).isDirectory();
        assertThat(dir.resolve("work/graph-60-seed1/bolt-password")).isRegularFile();
    }
}

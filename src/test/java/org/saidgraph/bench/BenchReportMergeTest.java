package org.saidgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark run at some corpus sizes replaces the figures of those sizes only: a million statements measured alone
 * must not wipe the 1k and 10k rows measured earlier (on another day, maybe a quieter machine), and each size keeps
 * the date it was measured.
 */
class BenchReportMergeTest {

    @TempDir
    Path out;

    private static LoadRun run(String way, int articles, double seconds) {
        List<double[]> progress = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            progress.add(new double[]{articles * 10.0 * i / 12, seconds * i / 12});
        }
        return new LoadRun(way, articles, articles * 10L, articles * 10L, articles * 11L, articles * 80L, seconds,
                seconds * 1.5, 1L << 30, 1L << 27, articles * 80_000L, 1.5, progress);
    }

    /** A load.json as the bench wrote it before sizes carried their own date: one date for the whole file. */
    private void earlierFigures(String date, List<LoadRun> runs) throws Exception {
        Path json = out.resolve("docs/benchmarks/load.json");
        Files.createDirectories(json.getParent());
        var figures = new java.util.LinkedHashMap<String, Object>();
        figures.put("runs", runs);
        figures.put("machine", Machine.here());
        figures.put("date", date);
        new ObjectMapper().writeValue(json.toFile(), figures);
    }

    @Test
    void aLoadRunAtOneSizeKeepsTheOtherSizesRowsWithTheirOwnDate() throws Exception {
        earlierFigures("2026-11-30", List.of(run("saidgraph", 1000, 10), run("raw", 1000, 3),
                run("saidgraph", 10000, 65), run("raw", 10000, 20)));

        BenchReport.writeLoad(out, List.of(run("saidgraph", 100000, 900), run("raw", 100000, 250)));

        String report = Files.readString(out.resolve("BENCHMARKS.md"));
        assertThat(report).contains("| 1,000 articles | saidgraph |", "| 10,000 articles | raw |",
                "| 100,000 articles | saidgraph |", "1,000, 10,000 articles: measured 2026-11-30 on ");
        assertThat(report.indexOf("| 10,000 articles | raw |")).isLessThan(report.indexOf("| 100,000 articles |"));
        JsonNode figures = new ObjectMapper().readTree(out.resolve("docs/benchmarks/load.json").toFile());
        assertThat(figures.path("runs")).extracting(r -> r.path("articles").asInt() + " " + r.path("way").asText())
                .containsExactly("1000 saidgraph", "1000 raw", "10000 saidgraph", "10000 raw", "100000 saidgraph",
                        "100000 raw");
        assertThat(figures.path("sizes").path("1000").path("date").asText()).isEqualTo("2026-11-30");
        assertThat(figures.path("sizes").path("100000").path("date").asText())
                .isEqualTo(java.time.LocalDate.now().toString());
    }

    @Test
    void aSizeMeasuredAgainReplacesAllItsEarlierRowsAndOnlyThose() throws Exception {
        earlierFigures("2026-11-30", List.of(run("saidgraph", 1000, 10), run("raw", 1000, 3), run("naive", 1000, 48),
                run("saidgraph", 10000, 65)));

        BenchReport.writeLoad(out, List.of(run("saidgraph", 1000, 12)));
        BenchReport.writeLoad(out, List.of(run("saidgraph", 100000, 900)));

        JsonNode figures = new ObjectMapper().readTree(out.resolve("docs/benchmarks/load.json").toFile());
        assertThat(figures.path("runs")).extracting(r -> r.path("articles").asInt() + " " + r.path("way").asText()
                        + " " + r.path("seconds").asDouble())
                .containsExactly("1000 saidgraph 12.0", "10000 saidgraph 65.0", "100000 saidgraph 900.0");
        assertThat(figures.path("sizes").path("10000").path("date").asText()).isEqualTo("2026-11-30");
    }

    @Test
    void aQueryRunAtOneSizeKeepsTheOtherSizesResults() throws Exception {
        Latencies some = new Latencies(4, 0, 1, 2, 3, 4, 100, 0.5, 0.1, 0.3);
        QueryBench.Result small = new QueryBench.Result(10000, 100_000, 4.0, List.of(new QueryRun(10000, 100_000,
                "GET /api/people/{id}", "most quoted", "/api/people/a", some, some, 1.0)), List.of(), List.of());
        QueryBench.Result large = new QueryBench.Result(100000, 1_000_000, 9.0, List.of(new QueryRun(100000,
                1_000_000, "GET /api/people/{id}", "most quoted", "/api/people/a", some, some, 1.0)),
                List.of(new Plans("person-statements", "{id: a}", 1234, 20, List.of("NodeIndexSeek"), List.of())),
                List.of());

        BenchReport.writeQuery(out, List.of(small));
        BenchReport.writeQuery(out, List.of(large));

        String report = Files.readString(out.resolve("BENCHMARKS.md"));
        assertThat(report).contains("**10,000 articles, 100,000 statements**", "**100,000 articles, 1,000,000 statements**",
                "| `person-statements` | {id: a} | 1,234 |");
        JsonNode figures = new ObjectMapper().readTree(out.resolve("docs/benchmarks/query.json").toFile());
        assertThat(figures.path("results")).extracting(r -> r.path("articles").asInt()).containsExactly(10000, 100000);
    }
}

package org.saidgraph.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Writes benchmark figures into BENCHMARKS.md, each benchmark between its own markers so that the text around them
 * (written by hand) and the other benchmark's figures stay, and draws the plots into docs/benchmarks/. The figures
 * also go into docs/benchmarks/*.json for programs. A run at some sizes replaces the figures of those sizes only:
 * the others, read back from the JSON, stay with the date and machine they were measured on (a million statements
 * is not measured on every run, nor the small sizes again beside it).
 */
public final class BenchReport {

    static final String FILE = "BENCHMARKS.md";
    static final String PLOTS = "docs/benchmarks";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** When and where the figures of one corpus size were measured. */
    record Measured(String date, Machine machine) {

        static Measured now() {
            return new Measured(LocalDate.now().toString(), Machine.here());
        }

        String line() {
            return date + " on " + machine.line();
        }
    }

    /** The figures of every size, this run's and the earlier ones kept, by size; and when each size was measured. */
    record Merged<R>(List<R> runs, Map<Integer, Measured> sizes) {
    }

    private BenchReport() {
    }

    /** The load benchmark's section, its plots and its JSON. */
    public static void writeLoad(Path out, List<LoadRun> fresh) {
        Path plots = out.resolve(PLOTS);
        Merged<LoadRun> merged = merge(plots.resolve("load.json"), "runs", LoadRun.class, fresh, LoadRun::articles,
                Measured.now());
        List<LoadRun> runs = merged.runs();
        Charts.draw(plots.resolve("load-throughput.png"), "Loading: statements per second by corpus size",
                "statements in the corpus", "statements per second", throughputLines(runs), true, true);
        largest(runs).ifPresent(size -> Charts.draw(plots.resolve("load-progress.png"),
                "Loading " + size + " articles: pace along the way", "statements loaded so far",
                "statements per second (last stretch)", paceLines(runs, size), false, false));
        json(plots.resolve("load.json"), figures(merged, "runs"));
        replaceSection(out.resolve(FILE), "load", loadSection(merged));
    }

    static String loadSection(Merged<LoadRun> merged) {
        List<LoadRun> runs = merged.runs();
        StringBuilder md = new StringBuilder();
        md.append(measuredLines(merged.sizes())).append("Load average when each run started: ")
                .append(runs.stream().map(r -> String.format(Locale.ROOT, "%.1f", r.loadAverage())).toList())
                .append(".\n\n");
        md.append("| corpus | way | statements | relationships | time | statements/s | time ÷ raw | CPU | heap peak (live) "
                + "| database |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (LoadRun run : runs) {
            double raw = runs.stream().filter(r -> r.articles() == run.articles() && r.way().equals("raw"))
                    .mapToDouble(LoadRun::seconds).findFirst().orElse(Double.NaN);
            md.append(String.format(Locale.ROOT, "| %,d articles | %s | %,d%s | %,d | %.1f s%s | %,.0f | %.2f× | %.0f s "
                            + "| %,d MiB (%,d MiB) | %,d MiB |\n", run.articles(), run.way(), run.statements(),
                    run.extrapolated() ? String.format(Locale.ROOT, " (%,d loaded)", run.loaded()) : "",
                    run.relationships(), run.seconds(), run.extrapolated() ? " (extrapolated)" : "",
                    run.statementsPerSecond(), run.seconds() / raw, run.cpuSeconds(), run.peakHeapUsed() >> 20,
                    run.peakHeapLive() >> 20, run.databaseBytes() >> 20));
        }
        md.append("\nPer-statement cost along each run (µs per statement, wall time, over the second tenth and the "
                + "last tenth of the statements; a ratio near 1 is flat):\n\n| corpus | way | early | late | late ÷ early |\n"
                + "| --- | --- | --- | --- | --- |\n");
        for (LoadRun run : runs) {
            if (run.extrapolated() || run.progress().size() < 10) {
                // Too short a run to tell its beginning from its end.
                continue;
            }
            double total = run.progress().get(run.progress().size() - 1)[0];
            md.append(String.format(Locale.ROOT, "| %,d articles | %s | %.0f | %.0f | %.2f |\n", run.articles(),
                    run.way(), 1e6 * run.costBetween(0.1 * total, 0.2 * total),
                    1e6 * run.costBetween(0.9 * total, total), run.lateOverEarly()));
        }
        md.append("\n![Statements per second by corpus size](").append(PLOTS).append("/load-throughput.png)\n");
        if (largest(runs).isPresent()) {
            md.append("\n![Pace along the largest load](").append(PLOTS).append("/load-progress.png)\n");
        }
        return md.toString();
    }

    private static List<Charts.Line> throughputLines(List<LoadRun> runs) {
        Map<String, List<double[]>> byWay = new TreeMap<>();
        for (LoadRun run : runs) {
            byWay.computeIfAbsent(run.way() + (run.extrapolated() ? " (extrapolated)" : ""), w -> new ArrayList<>())
                    .add(new double[]{run.statements(), run.statementsPerSecond()});
        }
        return byWay.entrySet().stream().map(e -> new Charts.Line(e.getKey(), e.getValue())).toList();
    }

    /** Statements per second over each stretch of about a twentieth of the run, against statements loaded. */
    private static List<Charts.Line> paceLines(List<LoadRun> runs, int size) {
        List<Charts.Line> lines = new ArrayList<>();
        for (LoadRun run : runs) {
            if (run.articles() != size || run.extrapolated() || run.progress().size() < 2) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
            double total = run.progress().get(run.progress().size() - 1)[0];
            double[] last = run.progress().get(0);
            for (double[] sample : run.progress()) {
                if (sample[0] - last[0] >= total / 20 && sample[1] > last[1]) {
                    points.add(new double[]{sample[0], (sample[0] - last[0]) / (sample[1] - last[1])});
                    last = sample;
                }
            }
            lines.add(new Charts.Line(run.way(), points));
        }
        return lines;
    }

    private static Optional<Integer> largest(List<LoadRun> runs) {
        return runs.stream().filter(r -> !r.extrapolated()).map(LoadRun::articles).max(Integer::compare);
    }

    public static String loadTable(List<LoadRun> runs) {
        return String.join("\n", runs.stream().map(LoadBench::describe).toList());
    }

    /** The query benchmark's section, its plot and its JSON. */
    public static void writeQuery(Path out, List<QueryBench.Result> fresh) {
        Path plots = out.resolve(PLOTS);
        Merged<QueryBench.Result> merged = merge(plots.resolve("query.json"), "results", QueryBench.Result.class,
                fresh, QueryBench.Result::articles, Measured.now());
        List<QueryBench.Result> results = merged.runs();
        Charts.draw(plots.resolve("query-latency.png"), "Answering: p99 latency over HTTP by corpus size",
                "statements in the graph", "p99 latency, ms", latencyLines(results), true, true);
        json(plots.resolve("query.json"), figures(merged, "results"));
        replaceSection(out.resolve(FILE), "query", querySection(merged));
    }

    static String querySection(Merged<QueryBench.Result> merged) {
        List<QueryBench.Result> results = merged.runs();
        StringBuilder md = new StringBuilder();
        md.append(measuredLines(merged.sizes())).append("Latencies in milliseconds; HTTP with the clients on the same machine as the server; "
                        + "\"direct\" is the same call to the query services in the server's process, without HTTP, "
                        + "reading the graph as the server does (straight in its embedded database). CPU is the whole "
                        + "process's CPU milliseconds per request (server and database, and over HTTP the "
                        + "benchmark's own HTTP clients, which share the JVM); \"server\" leaves out the CPU of the "
                        + "clients' threads (a lower bound of theirs, so an upper bound of the server's), and HTTP ÷ "
                        + "direct by CPU compares that with the direct call. \"Answering threads\" counts only the "
                        + "threads that did the requests' work (the server's Tomcat threads over HTTP, the calling "
                        + "threads directly), without the JIT compiler, the garbage collector and the clients: the "
                        + "JIT compiles the HTTP stack during the first rows of a run, so the process's figures of "
                        + "the first rows count it. Load average at the start of each size: ")
                .append(results.stream().map(r -> r.runs().isEmpty() ? "?" : String.format(Locale.ROOT, "%.1f",
                        r.runs().get(0).loadAverage())).toList()).append(".\n\n");
        for (QueryBench.Result result : results) {
            md.append(String.format(Locale.ROOT, "**%,d articles, %,d statements** (server up in %.1f s over the "
                    + "existing database):\n\n", result.articles(), result.statements(), result.startSeconds()));
            md.append("| endpoint | parameters | HTTP p50 | p95 | p99 | requests/s | direct p50 | p99 | requests/s "
                    + "| HTTP ÷ direct (p50) | CPU ms/request HTTP | server | direct "
                    + "| HTTP ÷ direct (CPU) | answering threads, HTTP | direct | HTTP ÷ direct |\n"
                    + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- "
                    + "| --- | --- | --- |\n");
            for (QueryRun run : result.runs()) {
                md.append(String.format(Locale.ROOT, "| `%s` | %s | %.1f | %.1f | %.1f | %,.0f | %.1f | %.1f | %,.0f | "
                                + "%.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n", run.endpoint(),
                        run.variant(), run.http().p50(), run.http().p95(), run.http().p99(), run.http().throughput(),
                        run.direct().p50(), run.direct().p99(), run.direct().throughput(), run.httpOverDirect(),
                        run.http().cpuMillis(), run.http().serverCpuMillis(), run.direct().cpuMillis(),
                        run.httpOverDirectCpu(), run.http().requestCpuMillis(), run.direct().requestCpuMillis(),
                        run.httpOverDirectRequestCpu()));
            }
            md.append("\n");
            List<String> failed = result.runs().stream().filter(r -> r.http().errors() + r.direct().errors() > 0)
                    .map(r -> String.format(Locale.ROOT, "`%s` [%s]: %d HTTP and %d direct requests failed",
                            r.endpoint(), r.variant(), r.http().errors(), r.direct().errors())).toList();
            if (!failed.isEmpty()) {
                md.append("Failed requests (their latencies are in the row above): ").append(String.join("; ", failed))
                        .append(".\n\n");
            }
            if (!result.notMeasured().isEmpty()) {
                md.append("Not measured at this size: ").append(String.join("; ", result.notMeasured()))
                        .append(".\n\n");
            }
            if (!result.plans().isEmpty()) {
                md.append("Plans at this size (PROFILE, the most demanding parameters):\n\n| query | parameters "
                        + "| db hits | rows | scans, cartesian products |\n| --- | --- | --- | --- | --- |\n");
                for (Plans plan : result.plans()) {
                    md.append(String.format(Locale.ROOT, "| `%s` | %s | %,d | %,d | %s |\n", plan.query(),
                            plan.parameters(), plan.dbHits(), plan.rows(),
                            plan.warnings().isEmpty() ? "none" : String.join("; ", plan.warnings())));
                }
                md.append("\n");
            }
        }
        md.append("![p99 latency by corpus size](").append(PLOTS).append("/query-latency.png)\n");
        return md.toString();
    }

    private static List<Charts.Line> latencyLines(List<QueryBench.Result> results) {
        Map<String, List<double[]>> byEndpoint = new TreeMap<>();
        for (QueryBench.Result result : results) {
            for (QueryRun run : result.runs()) {
                byEndpoint.computeIfAbsent(run.endpoint() + " (" + run.variant() + ")", k -> new ArrayList<>())
                        .add(new double[]{result.statements(), Math.max(run.http().p99(), 0.01)});
            }
        }
        return byEndpoint.entrySet().stream().map(e -> new Charts.Line(e.getKey(), e.getValue())).toList();
    }

    public static String queryTable(List<QueryBench.Result> results) {
        return String.join("\n", results.stream().flatMap(r -> r.runs().stream()).map(QueryBench::describe).toList());
    }

    /**
     * This run's figures ({@code fresh}, measured {@code now}) with those of the other sizes in {@code json} (its
     * list {@code field}), ordered by size: a size measured now replaces every earlier figure of that size. A file
     * written before sizes carried their own date and machine gives each of its sizes the file's.
     */
    static <R> Merged<R> merge(Path json, String field, Class<R> type, List<R> fresh, ToIntFunction<R> size,
                               Measured now) {
        Set<Integer> measuredNow = fresh.stream().map(size::applyAsInt).collect(Collectors.toSet());
        List<R> runs = new ArrayList<>();
        Map<Integer, Measured> sizes = new TreeMap<>();
        if (Files.exists(json)) {
            try {
                JsonNode earlier = MAPPER.readTree(json.toFile());
                Measured whole = earlier.has("date") ? new Measured(earlier.path("date").asText(),
                        MAPPER.treeToValue(earlier.path("machine"), Machine.class)) : null;
                for (JsonNode node : earlier.path(field)) {
                    R run = MAPPER.treeToValue(node, type);
                    int articles = size.applyAsInt(run);
                    if (measuredNow.contains(articles)) {
                        continue;
                    }
                    runs.add(run);
                    JsonNode when = earlier.path("sizes").path(String.valueOf(articles));
                    sizes.put(articles, when.isObject() ? MAPPER.treeToValue(when, Measured.class) : whole);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the earlier figures in " + json + " to keep those of the "
                        + "sizes not measured now (move the file away to start afresh): " + e.getMessage(), e);
            }
        }
        runs.addAll(fresh);
        // Stable: within a size, the order the runs were measured in.
        runs.sort(Comparator.comparingInt(size));
        measuredNow.forEach(articles -> sizes.put(articles, now));
        return new Merged<>(runs, sizes);
    }

    /** The JSON of merged figures: the list, when and where each size was measured, and the latest of those. */
    private static Map<String, Object> figures(Merged<?> merged, String field) {
        Map<String, Object> json = new LinkedHashMap<>();
        Measured latest = merged.sizes().values().stream().filter(m -> m != null)
                .max(Comparator.comparing(Measured::date)).orElse(Measured.now());
        json.put("date", latest.date());
        json.put("machine", latest.machine());
        json.put("sizes", merged.sizes());
        json.put(field, merged.runs());
        return json;
    }

    /** "Measured DATE on MACHINE" once per distinct date and machine, with the sizes measured then. */
    static String measuredLines(Map<Integer, Measured> sizes) {
        Map<String, List<Integer>> byWhen = new LinkedHashMap<>();
        sizes.forEach((articles, when) -> byWhen.computeIfAbsent(when == null ? "an unknown date" : when.line(),
                w -> new ArrayList<>()).add(articles));
        StringBuilder md = new StringBuilder();
        byWhen.forEach((when, articles) -> md.append(String.format(Locale.ROOT, "%s articles: measured %s.\n",
                articles.stream().map(a -> String.format(Locale.ROOT, "%,d", a)).collect(Collectors.joining(", ")),
                when)));
        return md.append("\n").toString();
    }

    static void json(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            MAPPER.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts {@code body} between {@code <!-- bench NAME -->} and {@code <!-- end bench NAME -->} in {@code file},
     * adding the markers at its end if they are not there yet (and the file if it is missing).
     */
    static void replaceSection(Path file, String name, String body) {
        String begin = "<!-- bench " + name + ": written by java -jar target/saidgraph.jar bench " + name
                + "; edit outside these markers -->";
        String end = "<!-- end bench " + name + " -->";
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
            int from = text.indexOf("<!-- bench " + name + ":");
            int to = text.indexOf(end);
            String section = begin + "\n" + body + end;
            String updated = from >= 0 && to > from ? text.substring(0, from) + section + text.substring(to + end.length())
                    : text + (text.endsWith("\n") ? "\n" : "\n\n") + section + "\n";
            Files.writeString(file, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.saidgraph.bench;

import org.saidgraph.graph.GraphProperties;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench load}: for each corpus size, a generated corpus loaded into a fresh embedded database three ways in
 * the same run: saidgraph's loader, a naive loader (on the smaller corpora only, stopped at a time budget and
 * extrapolated), and the raw limit (UNWIND … CREATE of the same nodes and relationships).
 */
public final class LoadBench {

    /**
     * @param sizes        corpus sizes in articles
     * @param seed         the generator's seed
     * @param work         where corpora are generated (and kept) and databases made (and deleted)
     * @param naiveUpTo    the naive loader runs on corpora of at most this many articles
     * @param naiveBudget  how long the naive loader runs on one corpus before its time is extrapolated
     * @param limits       page cache and transaction memory of each database
     * @param warmUp       articles each way loads into a throw-away database before anything is measured
     * @param ways         the ways to measure, among saidgraph, raw and naive
     * @param keep         the saidgraph way's databases are kept under the work directory, where bench query
     *                     starts its server over them (and where they can be profiled), not deleted
     */
    public record Settings(List<Integer> sizes, long seed, Path work, int naiveUpTo, Duration naiveBudget,
                           GraphProperties.Embedded limits, int warmUp, List<String> ways, boolean keep) {
    }

    private final Settings settings;
    private final PrintStream log;

    public LoadBench(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public List<LoadRun> run() {
        List<LoadRun> runs = new ArrayList<>();
        if (settings.warmUp() > 0) {
            warmUp();
        }
        for (int size : settings.sizes()) {
            List<Path> files = BenchCorpus.ensure(settings.work(), size, settings.seed(), log);
            List<LoadWay> ways = new ArrayList<>(List.of(new SaidgraphWay(log), new RawWay()));
            if (size <= settings.naiveUpTo()) {
                ways.add(new NaiveWay());
            }
            ways.removeIf(w -> !settings.ways().contains(w.name()));
            long statements = countStatements(files);
            for (LoadWay way : ways) {
                LoadRun run = measure(way, size, files, statements);
                log.println(describe(run));
                runs.add(run);
            }
        }
        return runs;
    }

    /**
     * Loads a few hundred articles each way into throw-away databases first, so that no way is measured with the
     * JVM still compiling what the ones before it already warmed up (the first run in a JVM is much the slowest).
     */
    private void warmUp() {
        int articles = Math.min(settings.warmUp(), settings.sizes().stream().min(Integer::compare).orElseThrow());
        List<Path> files = BenchCorpus.ensure(settings.work(), settings.sizes().stream().min(Integer::compare)
                .orElseThrow(), settings.seed(), log).subList(0, articles);
        log.println("Warming up on " + articles + " articles…");
        for (LoadWay way : List.of(new SaidgraphWay(null), new RawWay(), new NaiveWay())) {
            try (BenchDatabase database = BenchDatabase.fresh(settings.work().resolve("databases"), "warm-up",
                    settings.limits())) {
                way.load(files, database, new LoadWay.Progress(), Duration.ofSeconds(5));
            }
        }
    }

    private LoadRun measure(LoadWay way, int size, List<Path> files, long statements) {
        System.gc();
        LoadWay.Progress progress = new LoadWay.Progress();
        long loaded;
        long nodes;
        long relationships;
        double seconds;
        double cpu;
        long peakUsed;
        long peakLive;
        double load;
        boolean keep = settings.keep() && way instanceof SaidgraphWay;
        BenchDatabase database = keep
                ? BenchDatabase.at(BenchCorpus.graphDirectory(settings.work(), size, settings.seed()), settings.limits())
                : BenchDatabase.fresh(settings.work().resolve("databases"), way.name(), settings.limits());
        if (keep) {
            database.keep();
            log.println("The saidgraph way's database is kept in " + database.directory());
        }
        try (database; Measure measure = new Measure()) {
            log.println("Loading " + files.size() + " articles the " + way.name() + " way…");
            loaded = way.load(files, database, progress, settings.naiveBudget());
            seconds = measure.seconds();
            cpu = measure.cpuSeconds();
            peakUsed = measure.peakHeapUsed();
            peakLive = measure.peakHeapLive();
            load = measure.startLoad();
            // The datasets' own graph, which every way writes: the links the loader adds across articles
            // (utterances and their OCCURRENCE_OF, outlets' PUBLISHED_BY) and the counts it keeps for the API
            // (stances, their ON and TAKES) are its extra work, not counted here.
            var counts = database.driver().executableQuery(
                    "MATCH (n) WHERE NOT n:Utterance AND NOT n:Stance WITH count(n) AS nodes MATCH ()-[r]->() "
                            + "WHERE NOT type(r) IN ['OCCURRENCE_OF', 'PUBLISHED_BY', 'ON', 'TAKES'] "
                            + "RETURN nodes, count(r) AS relationships")
                    .execute().records().get(0);
            nodes = counts.get("nodes").asLong();
            relationships = counts.get("relationships").asLong();
        }
        double extrapolated = loaded < statements ? seconds * statements / Math.max(loaded, 1) : seconds;
        return new LoadRun(way.name(), files.size(), statements, loaded, nodes, relationships, extrapolated, cpu,
                peakUsed, peakLive, database.bytes(), load, progress.samples());
    }

    private static long countStatements(List<Path> files) {
        var reader = new org.saidgraph.dataset.DatasetReader().mapper();
        long statements = 0;
        for (Path file : files) {
            try {
                statements += reader.readTree(file.toFile()).path("statements").size();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return statements;
    }

    static String describe(LoadRun run) {
        return String.format(Locale.ROOT, "%s: %,d articles, %,d statements%s in %.1f s: %,.0f statements/s; %,d "
                        + "relationships; CPU %.0f s; heap peak %d MiB (live %d MiB); database %d MiB; load average %.1f",
                run.way(), run.articles(), run.statements(),
                run.extrapolated() ? " (" + run.loaded() + " loaded, time extrapolated)" : "", run.seconds(),
                run.statementsPerSecond(), run.relationships(), run.cpuSeconds(), run.peakHeapUsed() >> 20,
                run.peakHeapLive() >> 20, run.databaseBytes() >> 20, run.loadAverage());
    }

}

package org.saidgraph.cli;

import org.saidgraph.bench.BenchReport;
import org.saidgraph.bench.LoadBench;
import org.saidgraph.bench.QueryBench;
import org.saidgraph.graph.GraphProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bench load} and {@code bench query}: the measurements behind BENCHMARKS.md. */
@Command(name = "bench",
        description = {"Measure loading and answering at size, and write the figures and plots into BENCHMARKS.md "
                + "(between its bench markers) and docs/benchmarks/*.png under --out.",
                "Each run states the machine and its load average: figures from a busy machine are lower bounds."},
        subcommands = {BenchCommand.Load.class, BenchCommand.Query.class})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    SaidgraphCommand root;

    @Spec
    CommandSpec spec;

    /** {@code bench} alone: which benchmark? The usage says, as for any other incomplete command (exit code 2). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Give a benchmark: load or query.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    /** Options both benchmarks share. */
    static final class Common {
        @Option(names = "--out", paramLabel = "DIR",
                description = "Where BENCHMARKS.md and docs/benchmarks/ are written (default: the current directory).")
        Path out = Path.of(".");

        @Option(names = "--work", paramLabel = "DIR",
                description = "Where corpora are generated and kept for the next run, and the databases made and "
                        + "deleted (default: ${DEFAULT-VALUE}).")
        Path work = Path.of("target/bench");

        @Option(names = "--seed", paramLabel = "S", description = "The corpus generator's seed (default: ${DEFAULT-VALUE}).")
        long seed = 1;

        @Option(names = "--page-cache", paramLabel = "SIZE",
                description = "Page cache of each database (default: ${DEFAULT-VALUE}, as the server's).")
        String pageCache = "512m";
    }

    @Command(name = "load",
            description = {"Load generated corpora of each size into fresh embedded databases three ways: "
                    + "saidgraph's loader (as load DIR runs it); a naive loader, one transaction and MERGEs per "
                    + "statement through the driver (on the smaller corpora, stopped after --naive-seconds and "
                    + "extrapolated); and the raw limit, UNWIND ... CREATE of the same nodes and relationships into "
                    + "an empty database. Reports statements/s, time, peak heap, database size and the ratios."},
            sortOptions = false)
    static final class Load implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Mixin
        HelpOption help;

        @Mixin
        Common common;

        @Option(names = "--sizes", split = ",", paramLabel = "N,N,...",
                description = "Corpus sizes in articles (default: 1000,10000,100000; 100,000 articles are about a "
                        + "million statements).")
        List<Integer> sizes = List.of(1_000, 10_000, 100_000);

        @Option(names = "--naive-up-to", paramLabel = "N",
                description = "Run the naive loader on corpora of at most N articles (default: ${DEFAULT-VALUE}).")
        int naiveUpTo = 10_000;

        @Option(names = "--naive-seconds", paramLabel = "S",
                description = "Stop the naive loader after S seconds and extrapolate (default: ${DEFAULT-VALUE}).")
        int naiveSeconds = 60;

        @Option(names = "--warm-up", paramLabel = "N",
                description = "Articles each way loads into a throw-away database before anything is measured, so "
                        + "that none is measured while the JVM still compiles (default: ${DEFAULT-VALUE}; 0: none).")
        int warmUp = 300;

        @Option(names = "--ways", split = ",", paramLabel = "WAY,...",
                description = "The ways to measure, among saidgraph, raw and naive (default: all three; naive only "
                        + "up to --naive-up-to).")
        List<String> ways = List.of("saidgraph", "raw", "naive");

        @Option(names = "--keep-database",
                description = "Keep the saidgraph way's database of each size in --work/graph-N-seedS (replacing "
                        + "what was there), where bench query then starts its server instead of loading the corpus "
                        + "again, and where its queries can be profiled; without it the database is deleted.")
        boolean keep;

        @Override
        public Integer call() {
            var settings = new LoadBench.Settings(sizes, common.seed, common.work, naiveUpTo,
                    Duration.ofSeconds(naiveSeconds), new GraphProperties.Embedded(common.pageCache, "512m"), warmUp,
                    ways, keep);
            var runs = new LoadBench(settings, bench.root.err).run();
            BenchReport.writeLoad(common.out, runs);
            bench.root.out.println(BenchReport.loadTable(runs));
            return 0;
        }
    }

    @Command(name = "query",
            description = {"Start the server over a database holding each generated corpus (loaded once through "
                    + "the server's own start-up load, and kept under --work for the next run), and ask every read "
                    + "endpoint with realistic parameters (the most and least quoted people, the most and least "
                    + "mentioned territories, statements and articles spread over the corpus) from --clients HTTP "
                    + "clients at once, then the same answers from the query services directly: the same Cypher "
                    + "read the way the server reads it (straight in its embedded database), without HTTP. Before "
                    + "the first is timed, every endpoint is sent for --warm-up-all seconds each way, so that the JIT "
                    + "has compiled the server. Reports p50/p95/p99, throughput and CPU per request per endpoint (of "
                    + "the whole process, and of the threads that answered), the HTTP/direct ratio, and at the "
                    + "largest size the PROFILE of every hot query."},
            sortOptions = false)
    static final class Query implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Mixin
        HelpOption help;

        @Mixin
        Common common;

        @Option(names = "--sizes", split = ",", paramLabel = "N,N,...",
                description = "Corpus sizes in articles (default: 10000,100000).")
        List<Integer> sizes = List.of(10_000, 100_000);

        @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients = 16;

        @Option(names = "--requests", paramLabel = "N",
                description = "Timed requests per endpoint and parameters, each way (default: ${DEFAULT-VALUE}).")
        int requests = 400;

        @Option(names = "--warm-up", paramLabel = "N",
                description = "Requests sent before timing each endpoint, each way, after the warm-up of all "
                        + "(default: ${DEFAULT-VALUE}; at a million statements fewer left the JIT compiling during the "
                        + "timed requests).")
        int warmUp = 200;

        @Option(names = "--warm-up-all", paramLabel = "SECONDS",
                description = "Seconds every endpoint is sent, each way, before the first is timed, so that the JIT "
                        + "has compiled the server; 0 for none (default: ${DEFAULT-VALUE}).")
        int warmUpAll = 5;

        @Override
        public Integer call() {
            var settings = new QueryBench.Settings(sizes, common.seed, common.work, clients, requests, warmUp,
                    java.time.Duration.ofSeconds(Math.max(0, warmUpAll)), common.pageCache);
            var results = new QueryBench(settings, bench.root.err).run();
            BenchReport.writeQuery(common.out, results);
            bench.root.out.println(BenchReport.queryTable(results));
            return 0;
        }
    }
}

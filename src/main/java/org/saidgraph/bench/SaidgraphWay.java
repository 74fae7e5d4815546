package org.saidgraph.bench;

import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.load.DirectoryLoader;
import org.saidgraph.load.EmbeddedTransactions;
import org.saidgraph.load.LoadProgress;
import org.saidgraph.load.LoadSummary;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * saidgraph's own loader, exactly as {@code load DIR} runs it over the embedded database; each query timed
 * ({@link TimedTransactions}) and the times written to {@code log} at the end, when there is one.
 */
final class SaidgraphWay implements LoadWay {

    /**
     * Statements between two running tables: a million-statement load takes half an hour on a quiet machine and
     * hours on a shared one, and one stopped before its end would otherwise tell nothing of where its time went.
     */
    private static final long RUNNING_TABLE_EVERY = 100_000;

    private final PrintStream log;

    SaidgraphWay(PrintStream log) {
        this.log = log;
    }

    @Override
    public String name() {
        return "saidgraph";
    }

    @Override
    public long load(List<Path> files, BenchDatabase database, Progress progress, Duration budget) {
        DatasetReader reader = new DatasetReader();
        TimedTransactions timed = new TimedTransactions(new EmbeddedTransactions(database.neo4j().database()));
        DatasetLoader loader = new DatasetLoader(timed, reader.mapper());
        LoadProgress counts = LoadProgress.silent();
        ThreadCpu cpu = new ThreadCpu(Thread.currentThread(), "saidgraph-load-reader");
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        long[] nextTable = {RUNNING_TABLE_EVERY};
        sampler.scheduleAtFixedRate(() -> {
            long statements = counts.statementsWritten();
            progress.sample(statements);
            cpu.sample(statements);
            if (log != null && statements >= nextTable[0]) {
                nextTable[0] = (statements / RUNNING_TABLE_EVERY + 1) * RUNNING_TABLE_EVERY;
                log.println("After " + statements + " statements, so far:");
                timed.report().forEach(log::println);
            }
        }, 0, 1, TimeUnit.SECONDS);
        try {
            LoadSummary summary = new DirectoryLoader(reader, loader).load(files, DirectoryLoader.Options.defaults(),
                    counts, rejected -> {
                        throw new IllegalStateException("the benchmark corpus should load whole: " + rejected);
                    });
            progress.sample(summary.statements());
            return summary.statements();
        } finally {
            sampler.shutdownNow();
            if (log != null) {
                log.println("Where the saidgraph way's loading thread spent its time:");
                timed.report().forEach(log::println);
                cpu.report().forEach(log::println);
            }
        }
    }
}

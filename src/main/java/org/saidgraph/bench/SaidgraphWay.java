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
        sampler.scheduleAtFixedRate(() -> {
            long statements = counts.statementsWritten();
            progress.sample(statements);
            cpu.sample(statements);
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

package org.saidgraph.load;

import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetFiles;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.dataset.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loads every dataset of some files and directories, as {@code load DIR} and the server's start-up do: streamed, so
 * that only a few batches of datasets are in memory whatever the corpus; read, validated and prepared (fingerprint,
 * the linking keys of every statement: {@link StatementKeys}) on other threads while the previous batch is written;
 * written in batches of several articles per transaction
 * ({@link DatasetLoader#load(List)}). A file whose size and modification time are what the graph recorded when it
 * was last loaded from it is not even read. A rejected file (invalid, or conflicting with the graph) is reported with
 * its problems and the others still load. To write nothing when one file is invalid, {@link #validate} them first.
 */
public final class DirectoryLoader {

    /**
     * @param batchStatements write a batch once its articles hold this many statements (BENCHMARKS.md: what pays)
     * @param readers         threads reading and validating files while the batch before is written
     */
    public record Options(int batchStatements, int readers) {

        public static Options defaults() {
            return new Options(2_000, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        }
    }

    private final DatasetReader reader;
    private final DatasetLoader loader;

    /** {@code loader} may be null for a loader that only {@link #validate}s. */
    public DirectoryLoader(DatasetReader reader, DatasetLoader loader) {
        this.reader = reader;
        this.loader = loader;
    }

    /**
     * Reads and validates every dataset of {@code paths} without writing, reporting each invalid file to
     * {@code rejected}; returns the number of files and of invalid ones. Needs no database.
     */
    public int[] validate(List<Path> paths, Options options, Consumer<InvalidDatasetException> rejected) {
        List<Path> files = DatasetFiles.expand(paths);
        int[] invalid = {0};
        try (Ahead readers = readers(options)) {
            readers.each(files, file -> read(file, Map.of(), false), read -> {
                if (read.rejected() != null) {
                    invalid[0]++;
                    rejected.accept(read.rejected());
                }
            });
        }
        return new int[]{files.size(), invalid[0]};
    }

    /** Threads that read a bounded number of files ahead of the writer: a few batches' worth at most. */
    private static Ahead readers(Options options) {
        return new Ahead(options.readers(), 32, "saidgraph-load-reader");
    }

    /** One file as a reader thread leaves it: skipped as unchanged, rejected, or ready to write. */
    private record Read(Path file, Prepared prepared, InvalidDatasetException rejected) {
    }

    /**
     * Loads the datasets of {@code paths} (files, or directories searched for {@code *.json}), reporting each rejected
     * file to {@code rejected} as soon as it is known.
     */
    public LoadSummary load(List<Path> paths, Options options, LoadProgress progress,
                            Consumer<InvalidDatasetException> rejected) {
        long started = System.nanoTime();
        List<Path> files = DatasetFiles.expand(paths);
        progress.total(files.size());
        loader.upgradeOnce(); // an older graph is converted even when no file has changed
        Map<String, String> loaded = loader.loadedFiles();
        Tally tally = new Tally();
        try (Ahead readers = readers(options)) {
            List<Prepared> batch = new ArrayList<>();
            int[] batchStatements = {0};
            readers.each(files, file -> read(file, loaded, true), read -> {
                if (read.rejected() != null) {
                    tally.rejected++;
                    rejected.accept(read.rejected());
                    progress.filesDone(1);
                } else if (read.prepared() == null) {
                    tally.unchanged++;
                    tally.notReread++;
                    progress.filesDone(1);
                } else {
                    batch.add(read.prepared());
                    batchStatements[0] += read.prepared().dataset().statements().size();
                    if (batchStatements[0] >= options.batchStatements()) {
                        write(batch, tally, progress, rejected);
                        batchStatements[0] = 0;
                    }
                }
            });
            write(batch, tally, progress, rejected);
        }
        return new LoadSummary(files.size(), tally.created, tally.updated, tally.unchanged, tally.notReread,
                tally.rejected, tally.statements, since(started));
    }

    /** What has been done so far; only the writing thread touches it. */
    private static final class Tally {
        int created;
        int updated;
        int unchanged;
        int notReread;
        int rejected;
        long statements;
    }

    private void write(List<Prepared> batch, Tally tally, LoadProgress progress,
                       Consumer<InvalidDatasetException> rejected) {
        if (batch.isEmpty()) {
            return;
        }
        DatasetLoader.Batch done = loader.load(batch);
        long statements = 0;
        for (LoadResult result : done.results()) {
            switch (result.status()) {
                case CREATED -> tally.created++;
                case UPDATED -> tally.updated++;
                case UNCHANGED -> tally.unchanged++;
            }
            if (result.status() != LoadResult.Status.UNCHANGED) {
                statements += result.statements();
            }
        }
        done.rejected().forEach(rejected);
        tally.rejected += done.rejected().size();
        tally.statements += statements;
        progress.written(done.results().size() - done.results().stream()
                .filter(r -> r.status() == LoadResult.Status.UNCHANGED).count(), statements);
        progress.filesDone(batch.size());
        batch.clear();
    }

    private Read read(Path file, Map<String, String> loaded, boolean prepare) {
        String path = file.toAbsolutePath().normalize().toString();
        Prepared.SourceFile source;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            source = new Prepared.SourceFile(path, DatasetLoader.fileStamp(attributes.size(),
                    attributes.lastModifiedTime().toInstant()));
        } catch (IOException e) {
            return new Read(file, null, new InvalidDatasetException(List.of(new Problem(file.toString(), "",
                    "cannot read the file: " + e.getMessage()))));
        }
        if (source.stamp().equals(loaded.get(path))) {
            return new Read(file, null, null);
        }
        try {
            Dataset dataset = reader.read(file);
            return new Read(file, prepare ? loader.prepare(file.toString(), dataset, source) : null, null);
        } catch (InvalidDatasetException e) {
            return new Read(file, null, e);
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}

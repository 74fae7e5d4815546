package org.saidgraph.bench;

import org.saidgraph.dataset.DatasetFiles;
import org.saidgraph.generate.CorpusWriter;
import org.saidgraph.generate.GeneratorSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A generated corpus of a given size for the benchmarks, made once and reused: {@code corpus-N-seedS} under the
 * benchmark's work directory, finished with a {@code complete} marker so that an interrupted generation is redone.
 */
final class BenchCorpus {

    private BenchCorpus() {
    }

    /**
     * Where the graph of that corpus is kept between runs: bench query's server data directory, which bench load's
     * {@code --keep-database} fills, so that bench query starts over it instead of loading the corpus again.
     */
    static Path graphDirectory(Path work, int articles, long seed) {
        return work.resolve("graph-" + articles + "-seed" + seed);
    }

    /** The corpus's dataset files, in load order, generating them first if they are not there yet. */
    static List<Path> ensure(Path work, int articles, long seed, PrintStream log) {
        Path directory = work.resolve("corpus-" + articles + "-seed" + seed);
        Path complete = directory.resolve("complete");
        try {
            if (!Files.exists(complete)) {
                BenchDatabase.delete(directory);
                log.println("Generating " + articles + " articles into " + directory + " (once; later runs reuse it)");
                CorpusWriter.Summary summary = CorpusWriter.write(
                        GeneratorSettings.DEFAULTS.withArticles(articles).withSeed(seed), directory);
                log.println(summary.line());
                Files.writeString(complete, summary.line() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DatasetFiles.expand(List.of(directory));
    }
}

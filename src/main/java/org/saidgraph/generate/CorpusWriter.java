package org.saidgraph.generate;

import org.saidgraph.dataset.Dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Writes a generated corpus into a directory, one file per article, as it is generated. */
public final class CorpusWriter {

    /** What was written: counts, size and time, for the one-line summary. */
    public record Summary(int articles, long statements, int entities, long bytes, double seconds, Path directory) {

        public String line() {
            return String.format(Locale.ROOT, "generated %,d articles: %,d statements, %,d distinct entities, %.1f MB "
                    + "in %.1f s (%,.0f articles/s) into %s", articles, statements, entities, bytes / 1e6, seconds,
                    articles / Math.max(seconds, 1e-9), directory);
        }
    }

    private CorpusWriter() {
    }

    /**
     * Writes {@code article-000000.json} … into {@code directory}, creating it. A directory that already holds
     * {@code .json} files is refused, so that two corpora never mix.
     */
    public static Summary write(GeneratorSettings settings, Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                long existing = files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
                if (existing > 0) {
                    throw new IllegalArgumentException(directory + " already holds " + existing + " .json file(s); "
                            + "give an empty or new directory, so that two corpora never mix");
                }
            }
        }
        Files.createDirectories(directory);
        long start = System.nanoTime();
        CorpusGenerator generator = new CorpusGenerator(settings);
        Set<String> entities = new HashSet<>();
        long statements = 0;
        long bytes = 0;
        int index = 0;
        for (Dataset dataset : generator) {
            byte[] json = CorpusGenerator.json(dataset);
            Files.write(directory.resolve(generator.fileName(index++)), json);
            statements += dataset.statements().size();
            bytes += json.length;
            dataset.entities().forEach(e -> entities.add(e.id()));
        }
        return new Summary(index, statements, entities.size(), bytes, (System.nanoTime() - start) / 1e9, directory);
    }
}

package org.saidgraph.support;

import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test corpus written for utterance linking: ten short articles by seven invented outlets about one invented
 * event (Dravia's claim to the Selka region of Orvania, March 2025), reporting the same words in full, cut, with other
 * typography, paraphrased and a day or a week later. {@code corpus/selka/} holds them as curated datasets,
 * {@code corpus/selka-text/} as plain text with {@code .meta.json} sidecars for {@code ingest DIR}.
 */
public final class SelkaCorpus {

    public static final Path DATASETS = Path.of("src/test/resources/corpus/selka");
    public static final Path TEXTS = Path.of("src/test/resources/corpus/selka-text");

    private SelkaCorpus() {
    }

    /** The dataset files in their order of publication (their names sort so). */
    public static List<Path> files() {
        try (Stream<Path> files = Files.list(DATASETS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Dataset> datasets(DatasetReader reader) {
        return files().stream().map(reader::read).toList();
    }

    /** The dataset of the article whose id is {@code selka-NN-…}. */
    public static Dataset dataset(DatasetReader reader, String articleId) {
        return reader.read(DATASETS.resolve(articleId + ".json"));
    }
}

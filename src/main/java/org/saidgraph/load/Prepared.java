package org.saidgraph.load;

import org.saidgraph.dataset.Dataset;

import java.util.Map;

/**
 * A validated dataset ready to be written: where it came from ({@code source} names it in problems), its fingerprint
 * ({@link DatasetLoader#prepare}), the file it was read from, if any, and the linking keys of its statements by
 * statement id ({@link StatementKeys}), worked out where it was prepared (a directory load's reader threads); null when
 * not worked out yet.
 */
public record Prepared(String source, Dataset dataset, String fingerprint, SourceFile file,
                       Map<String, StatementKeys> keys) {

    /** A dataset whose statements' keys are not worked out (the benchmark's raw way, which stores none). */
    public Prepared(String source, Dataset dataset, String fingerprint, SourceFile file) {
        this(source, dataset, fingerprint, file, null);
    }

    public String articleId() {
        return dataset.article().id();
    }

    /** This dataset with its statements' keys worked out, if they were not. */
    Prepared withKeys() {
        return keys != null ? this : new Prepared(source, dataset, fingerprint, file, StatementKeys.of(dataset));
    }

    /**
     * A dataset file as the loader records it on the article: its absolute path and a stamp of its size, modification
     * time and the loader's version. A directory load skips a file whose stamp the graph already holds.
     */
    public record SourceFile(String path, String stamp) {
    }
}

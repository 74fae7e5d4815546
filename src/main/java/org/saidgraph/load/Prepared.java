package org.saidgraph.load;

import org.saidgraph.dataset.Dataset;

/**
 * A validated dataset ready to be written: where it came from ({@code source} names it in problems), its fingerprint
 * ({@link DatasetLoader#prepare}), and the file it was read from, if any.
 */
public record Prepared(String source, Dataset dataset, String fingerprint, SourceFile file) {

    public String articleId() {
        return dataset.article().id();
    }

    /**
     * A dataset file as the loader records it on the article: its absolute path and a stamp of its size, modification
     * time and the loader's version. A directory load skips a file whose stamp the graph already holds.
     */
    public record SourceFile(String path, String stamp) {
    }
}

package org.saidgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The article texts {@code ingest} is given: each file as named, and for a directory the {@code .txt} files directly
 * in it, sorted by name (a {@code NAME.meta.json} beside {@code NAME.txt} is the article's metadata, read with it).
 */
final class ArticleTexts {

    private ArticleTexts() {
    }

    static List<Path> expand(List<String> given) {
        List<Path> files = new ArrayList<>();
        for (String name : given) {
            Path path = Path.of(name);
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> listing = Files.list(path)) {
                listing.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
            }
        }
        return files;
    }
}

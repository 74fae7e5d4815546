package org.saidgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTextsTest {

    @Test
    void aDirectoryStandsForItsTextFilesByNameAndAFileForItself(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String name : List.of("b.txt", "a.txt", "a.meta.json", "notes.md", "c.txt.bak")) {
            Files.writeString(corpus.resolve(name), "x");
        }
        Files.createDirectories(corpus.resolve("nested.txt"));
        Path single = Files.writeString(dir.resolve("z.txt"), "x");

        assertThat(ArticleTexts.expand(List.of(single.toString(), corpus.toString())))
                .containsExactly(single, corpus.resolve("a.txt"), corpus.resolve("b.txt"));
    }

    @Test
    void theSelkaTextsAreTenArticlesEachWithItsSidecar() {
        List<Path> texts = ArticleTexts.expand(List.of("src/test/resources/corpus/selka-text"));
        assertThat(texts).hasSize(10);
        texts.forEach(t -> assertThat(t.resolveSibling(t.getFileName().toString().replace(".txt", ".meta.json")))
                .isRegularFile());
    }
}

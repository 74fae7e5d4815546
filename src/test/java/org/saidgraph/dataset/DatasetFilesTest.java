package org.saidgraph.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetFilesTest {

    @Test
    void aDirectoryReachedThroughASymbolicLinkIsListedLikeAnyOther(@TempDir Path dir) throws IOException {
        Path kept = Files.createDirectories(dir.resolve("kept/corpus"));
        Files.writeString(kept.resolve("b.json"), "{}");
        Files.writeString(kept.resolve("a.json"), "{}");
        Files.writeString(kept.resolve("notes.txt"), "not a dataset");
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.createSymbolicLink(data.resolve("corpus"), kept);

        assertThat(DatasetFiles.expand(List.of(data))).extracting(p -> p.getFileName().toString())
                .containsExactly("a.json", "b.json");
        assertThat(DatasetFiles.expand(List.of(data.resolve("corpus")))).hasSize(2);
    }

    @Test
    void aLinkThatLoopsBackIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("a.json"), "{}");
        Files.createSymbolicLink(data.resolve("again"), data);

        assertThatThrownBy(() -> DatasetFiles.expand(List.of(data))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("again");
    }
}

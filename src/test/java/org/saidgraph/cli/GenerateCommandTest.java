package org.saidgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {

    private final CapturedCli cli = new CapturedCli();

    @TempDir
    Path dir;

    @Test
    void generateWritesTheAskedNumberOfFilesThatValidateAcceptsAndSaysWhatItWrote() throws IOException {
        Path corpus = dir.resolve("corpus");

        int code = cli.run("generate", "--articles", "25", "--seed", "3", "--out", corpus.toString());

        assertThat(code).as(cli.err()).isZero();
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .hasSize(25).startsWith("article-000000.json").endsWith("article-000024.json");
        }
        assertThat(cli.out())
                .matches("(?s)generated 25 articles: [\\d,]+ statements, [\\d,]+ distinct entities, [\\d.]+ MB in .*");

        cli.reset();
        assertThat(cli.run("validate", corpus.toString())).isZero();
        assertThat(cli.out()).contains("25 valid, 0 invalid");
    }

    @Test
    void generateRefusesADirectoryThatAlreadyHoldsDatasets() throws IOException {
        Files.writeString(dir.resolve("mine.json"), "{}");

        int code = cli.run("generate", "--articles", "2", "--out", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(cli.err()).contains("Nothing generated", "already holds 1 .json file");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void settingsOutOfRangeAreAUsageErrorNamingTheOption() {
        int code = cli.run("generate", "--organizations", "20", "--out", dir.resolve("c").toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err())
                .contains("--organizations must be at least --media-outlets + 10", "Usage: saidgraph generate");
        assertThat(dir.resolve("c")).doesNotExist();
    }

    @Test
    void generateWithoutOutIsAUsageError() {
        assertThat(cli.run("generate", "--articles", "5")).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void aMistypedOptionOfGenerateGetsASuggestion() {
        assertThat(cli.run("generate", "--artcles", "5", "--out", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option", "--articles");
    }
}

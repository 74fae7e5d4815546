package org.saidgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saidgraph.support.Seed;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void exportWritesAFileOrForCsvADirectoryFromTheConfiguredGraph() throws Exception {
        Path dataDir = dir.resolve("db");
        String[] graph = {"--saidgraph.data-dir=" + dataDir, "--saidgraph.bolt.port=0"};
        assertThat(cli.run(new String[]{"load", Seed.DATASET.toString(), graph[0], graph[1]})).isZero();

        Path cyjs = dir.resolve("out/seed.cyjs.json");
        assertThat(cli.run(new String[]{"export", "--format", "cytoscape", "--out", cyjs.toString(),
                "--article", Seed.ARTICLE_ID, graph[0], graph[1]})).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode json = new ObjectMapper().readTree(cyjs.toFile());
        assertThat(json.at("/elements/nodes").size()).isGreaterThan(50);
        assertThat(json.at("/elements/edges").size()).isGreaterThan(100);

        Path csv = dir.resolve("csv");
        assertThat(cli.run(new String[]{"export", "--format=csv", "--out=" + csv, graph[0], graph[1]})).isZero();
        assertThat(Files.readString(csv.resolve("nodes.csv"))).startsWith(":ID,:LABEL,").contains("\"elon-musk\"");
        assertThat(Files.readString(csv.resolve("relationships.csv"))).startsWith(":START_ID,:END_ID,:TYPE");
        assertThat(csv.resolve("import-command.txt")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote cytoscape of article " + Seed.ARTICLE_ID,
                "Wrote csv to " + csv);

        assertThat(cli.run(new String[]{"export", "--format", "graphml", "--out", dir.resolve("x").toString(),
                "--article", "no-such-article", graph[0], graph[1]})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no article with id 'no-such-article'");
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatNamesTheFormats() {
        assertThat(cli.run(new String[]{"export", "--format", "pdf", "--out", dir.resolve("x").toString()}))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown export format 'pdf'",
                "graphml, cytoscape, csv, jsonld", "Usage:");
    }
}

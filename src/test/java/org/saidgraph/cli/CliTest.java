package org.saidgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.saidgraph.graph.EmbeddedNeo4j;
import org.saidgraph.graph.GraphProperties;
import org.saidgraph.support.Seed;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void validateAcceptsTheSeedWithExitCodeZero() {
        int code = cli.run(new String[]{"validate", Seed.DATASET.toString()});

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("valid", "1 valid, 0 invalid");
    }

    @Test
    void validateNamesTheFileAndPointerOfEveryProblemAndFails() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Seed.DATASET).replace("\"speaker\": \"elon-musk\"",
                "\"speaker\": \"elon-musks\""));

        int code = cli.run(new String[]{"validate", broken.toString()});

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(broken + " at /statements/0/speaker: ",
                "no entity with id 'elon-musks'");
    }

    @Test
    void unknownOrIncompleteCommandsPrintUsage() {
        assertThat(cli.run(new String[]{"validate"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage:");
    }

    @Test
    void loadWithAllOrNothingRefusesEverythingIfOneFileIsInvalidWithoutOpeningTheDatabase() throws Exception {
        Path dataDir = dir.resolve("db");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{}");

        int refused = cli.run(new String[]{"load", Seed.DATASET.toString(), broken.toString(), "--all-or-nothing",
                "--saidgraph.data-dir=" + dataDir, "--saidgraph.bolt.port=0"});

        assertThat(refused).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(broken + ": required property 'article' not found",
                "Nothing loaded: 1 of 2 file(s) invalid");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void loadWritesTheValidFilesIntoTheConfiguredDatabaseReportsTheRejectedOneAndExitsWithOne() throws Exception {
        Path dataDir = dir.resolve("db");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{}");

        int code = cli.run(new String[]{"load", Seed.DATASET.toString(), broken.toString(),
                "--saidgraph.data-dir=" + dataDir, "--saidgraph.bolt.port=0"});

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(broken + ": required property 'article' not found");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 created, 0 updated, 0 unchanged, 1 rejected; 27"
                + " statements in ", " statements/s");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir, 0, new GraphProperties.Embedded("64m", "256m"));
             Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
            long statements = driver.executableQuery("MATCH (s:Statement) RETURN count(s) AS n").execute()
                    .records().get(0).get("n").asLong();
            assertThat(statements).isEqualTo(27);
        }
    }

    @Test
    void loadIntoADataDirectoryAnotherProcessHoldsSaysSoInOneMessageAndChangesNothing() {
        Path dataDir = dir.resolve("db");
        try (EmbeddedNeo4j running = EmbeddedNeo4j.start(dataDir, 0, new GraphProperties.Embedded("64m", "256m"))) {
            int code = cli.run(new String[]{"load", Seed.DATASET.toString(),
                    "--saidgraph.data-dir=" + dataDir, "--saidgraph.bolt.port=0"});

            assertThat(code).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .startsWith("Nothing loaded: The embedded database is in use by another process.")
                    .contains(dataDir.toString(), "--saidgraph.data-dir", "/api/articles")
                    .doesNotContain("\tat ");
            try (Driver driver = GraphDatabase.driver(running.boltUri(), running.authToken())) {
                long nodes = driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute()
                        .records().get(0).get("n").asLong();
                assertThat(nodes).isZero();
            }
        }
    }

    @Test
    void springPropertiesBeforeTheCommandReachTheGraphItStarts() {
        Path dataDir = dir.resolve("db");
        try (EmbeddedNeo4j running = EmbeddedNeo4j.start(dataDir, 0, new GraphProperties.Embedded("64m", "256m"))) {
            int code = cli.run(new String[]{"--saidgraph.data-dir=" + dataDir, "--saidgraph.bolt.port=0", "load",
                    Seed.DATASET.toString()});

            assertThat(code).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .startsWith("Nothing loaded: The embedded database is in use by another process.")
                    .contains(dataDir.toString());
        }
    }
}

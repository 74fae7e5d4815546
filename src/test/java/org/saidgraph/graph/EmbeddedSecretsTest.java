package org.saidgraph.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Neo4j's debug.log, which records the command line, never holds a write token or the Bolt password. */
class EmbeddedSecretsTest {

    @TempDir
    Path dir;

    @Test
    void secretsOnTheCommandLineAndTheBoltPasswordStayOutOfNeo4jsLogs() throws Exception {
        String before = System.getProperty("sun.java.command");
        System.setProperty("sun.java.command", "saidgraph.jar --saidgraph.api.write-token=cmdline-secret-1 "
                + "--saidgraph.bolt.password=cmdline-secret-2 --server.port=0");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dir, 0, new GraphProperties.Embedded("64m", "64m"))) {
            assertThat(db.boltPort()).isPositive();
        } finally {
            if (before == null) {
                System.clearProperty("sun.java.command");
            } else {
                System.setProperty("sun.java.command", before);
            }
        }
        String password = Files.readString(dir.resolve("bolt-password")).strip();
        try (Stream<Path> files = Files.walk(dir.resolve("logs"))) {
            for (Path log : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(log);
                assertThat(text).as(log.toString()).doesNotContain("cmdline-secret").doesNotContain(password);
                if (log.endsWith("debug.log")) {
                    assertThat(text).contains("--saidgraph.api.write-token=<redacted>");
                }
            }
        }
    }

    @Test
    void redactsEverySecretLookingOption() {
        assertThat(EmbeddedNeo4j.redact("x.jar --saidgraph.api.write-token=abc --SAIDGRAPH_NEO4J_PASSWORD=def "
                + "--other=ghi")).isEqualTo("x.jar --saidgraph.api.write-token=<redacted> "
                + "--SAIDGRAPH_NEO4J_PASSWORD=<redacted> --other=ghi");
    }
}

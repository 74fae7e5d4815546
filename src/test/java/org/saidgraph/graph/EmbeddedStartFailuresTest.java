package org.saidgraph.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class EmbeddedStartFailuresTest {

    private static final GraphProperties.Embedded SMALL = new GraphProperties.Embedded("64m", "256m");

    private final EmbeddedStartFailures analyzer = new EmbeddedStartFailures();

    @TempDir
    Path work;

    @Test
    void aSecondStartOverTheSameDataDirectoryIsExplainedWithTheLockedPathAndWhatToDo() {
        Path dataDir = work.resolve("db");
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(dataDir, 0, SMALL)) {
            Throwable failure = catchThrowable(() -> EmbeddedNeo4j.start(dataDir, 0, SMALL).close());

            FailureAnalysis analysis = analyzer.analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("in use by another process", dataDir.toString());
            assertThat(analysis.getAction()).contains("--saidgraph.data-dir", "/api/articles");
            assertThat(EmbeddedStartFailures.explain(failure)).hasValueSatisfying(
                    text -> assertThat(text).contains(dataDir.toString(), "--saidgraph.data-dir"));
        }
    }

    @Test
    void aBoltPortAlreadyTakenIsExplainedWithThePortAndWhatToDo() {
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(work.resolve("one"), 0, SMALL)) {
            int taken = first.boltPort();
            Throwable failure = catchThrowable(() -> EmbeddedNeo4j.start(work.resolve("two"), taken, SMALL).close());

            FailureAnalysis analysis = analyzer.analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("Bolt port is taken", String.valueOf(taken));
            assertThat(analysis.getAction()).contains("--saidgraph.bolt.port");
        }
    }

    @Test
    void otherFailuresAreLeftToTheirOwnMessages() {
        RuntimeException other = new RuntimeException("wrapper", new IllegalStateException("something else"));

        assertThat(analyzer.analyze(other)).isNull();
        assertThat(EmbeddedStartFailures.explain(other)).isEmpty();
    }
}

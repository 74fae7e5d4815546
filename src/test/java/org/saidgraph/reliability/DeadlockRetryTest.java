package org.saidgraph.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7, item 1: a post that deadlocks with another client of the database is retried inside the server. */
class DeadlockRetryTest {

    @TempDir
    Path work;

    @Test
    void aPostWhoseTransactionNeo4jFailsInADeadlockWithAnotherClientIsRetriedAndAnswers201() {
        Proof proof = new DeadlockRetry(Launcher.classpath(System.getProperty("java.class.path")), 2).run(work);

        proof.figures().forEach(f -> System.out.println("RELIABILITY deadlock " + f.what() + ": " + f.value()));
        assertThat(proof.violations()).isEmpty();
        assertThat(proof.figure("deadlocks provoked, the server's transaction the one Neo4j failed")).isEqualTo("2");
        assertThat(proof.figure("posts answered 201 after the server retried")).isEqualTo("2");
        assertThat(proof.figure("articles complete afterwards")).isEqualTo("2 of 2");
    }
}

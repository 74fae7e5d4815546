package org.saidgraph.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, item 1, short version (the full one: {@code saidgraph reliability}): 16 readers on every read endpoint
 * while 4 writers post generated articles in waves that name one person, the server in a process of its own.
 */
class ConcurrentLoadTest {

    @TempDir
    Path work;

    @Test
    void readersAndWritersMergingTheSamePersonAtOnceGetNoErrorAndTheGraphHoldsExactlyWhatWasPosted() {
        Proof proof = new ConcurrentLoad(ConcurrentLoad.Settings.QUICK, Launcher.classpath(
                System.getProperty("java.class.path"))).run(work);

        proof.figures().forEach(f -> System.out.println("RELIABILITY concurrent " + f.what() + ": " + f.value()));
        assertThat(proof.violations()).isEmpty();
        assertThat(proof.figure("5xx answers")).isEqualTo("0");
        assertThat(proof.figure("deadlocks surfaced to clients (503)")).isEqualTo("0");
        assertThat(proof.figure("articles complete afterwards")).isEqualTo("40 of 40");
    }
}

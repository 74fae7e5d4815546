package org.saidgraph.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, item 2, short version (the full one: {@code saidgraph reliability}): {@code kill -9} of the {@code load}
 * command half-way through a directory and of the server while writers post, each in a JVM of its own; after each,
 * every article is complete or absent, every acknowledged post complete, and loading again completes exactly.
 */
class CrashRecoveryTest {

    @TempDir
    Path work;

    @Test
    void aLoadOrAServerKilledPartWayLeavesEveryArticleCompleteOrAbsentAndLoadingAgainCompletesIt() {
        Proof proof = new CrashRecovery(CrashRecovery.Settings.QUICK, Launcher.classpath(
                System.getProperty("java.class.path"))).run(work);

        proof.figures().forEach(f -> System.out.println("RELIABILITY crash " + f.what() + ": " + f.value()));
        assertThat(proof.violations()).isEmpty();
        assertThat(proof.figure("directory load: kill -9 injected")).isEqualTo("1");
        assertThat(proof.figure("server: kill -9 injected")).isEqualTo("1");
        assertThat(proof.figure("directory load: run again")).startsWith("exit 0").contains("200 of 200 articles complete");
        assertThat(proof.figure("server: all posted again")).endsWith("40 of 40 articles complete, totals exact: yes");
    }
}

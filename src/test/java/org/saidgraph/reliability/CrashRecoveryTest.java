package org.saidgraph.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, item 2, short version (the full one: {@code saidgraph reliability}): {@code kill -9} of the {@code load}
 * command half-way through a directory, and of the server while writers post, each in a JVM of its own.
 */
class CrashRecoveryTest {

    private final CrashRecovery crash = new CrashRecovery(CrashRecovery.Settings.QUICK,
            Launcher.classpath(System.getProperty("java.class.path")));

    @TempDir
    Path work;

    @Test
    void aDirectoryLoadKilledHalfWayLeavesEveryArticleCompleteOrAbsentAndTheLoadRunAgainCompletesIt() {
        Proof proof = crash.directoryLoad(work);

        proof.figures().forEach(f -> System.out.println("RELIABILITY crash " + f.what() + ": " + f.value()));
        assertThat(proof.violations()).isEmpty();
        assertThat(proof.figure("directory load: kill -9 injected")).isEqualTo("1");
        assertThat(proof.figure("directory load: after each restart")).endsWith(" 0 half-written");
        assertThat(proof.figure("directory load: run again")).startsWith("exit 0")
                .contains("600 of 600 articles complete");
    }

    @Test
    void aServerKilledWhileArticlesArePostedKeepsEveryAcknowledgedArticleAndLosesNoneWhenTheyArePostedAgain() {
        Proof proof = crash.serverDuringPosts(work);

        proof.figures().forEach(f -> System.out.println("RELIABILITY crash " + f.what() + ": " + f.value()));
        assertThat(proof.violations()).isEmpty();
        assertThat(proof.figure("server: kill -9 injected")).isEqualTo("1");
        assertThat(proof.figure("server: after the restart")).contains("every acknowledged one among them: yes")
                .endsWith(" 0 half-written");
        assertThat(proof.figure("server: all posted again")).endsWith("40 of 40 articles complete, totals exact: yes");
    }
}

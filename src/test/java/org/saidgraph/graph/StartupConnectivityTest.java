package org.saidgraph.graph;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first connection to the embedded database is retried when a busy machine makes it time out. */
class StartupConnectivityTest {

    @Test
    void aConnectionThatTimesOutTwiceAndThenSucceedsLetsTheStartGoOn() {
        AtomicInteger calls = new AtomicInteger();
        GraphConfiguration.awaitConnectivity(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new ServiceUnavailableException("connection timed out");
            }
        }, 12, Duration.ofMillis(1));
        assertThat(calls).hasValue(3);
    }

    @Test
    void aDatabaseThatNeverAnswersFailsTheStartAfterTheLastAttemptWithItsOwnError() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> GraphConfiguration.awaitConnectivity(() -> {
            calls.incrementAndGet();
            throw new ServiceUnavailableException("connection timed out");
        }, 4, Duration.ofMillis(1))).isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("timed out");
        assertThat(calls).hasValue(4);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> GraphConfiguration.awaitConnectivity(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("wrong password");
        }, 4, Duration.ofMillis(1))).isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(1);
    }
}

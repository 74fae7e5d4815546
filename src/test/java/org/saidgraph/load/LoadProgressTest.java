package org.saidgraph.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoadProgressTest {

    @Test
    void aBarShowsTheShareDoneTheRatesAndTheTimeLeftAtThePresentPace() {
        String bar = LoadProgress.render(true, 1000, 250, 240, 2400, Duration.ofSeconds(10));

        assertThat(bar).isEqualTo("[#######                       ]  25% 250/1000 files  24 articles/s  240 statements/s"
                + "  00:10 elapsed  ETA 00:30");
    }

    @Test
    void aLogLineSaysTheSameWithoutTheBarAndAnUnknownTimeLeftBeforeAnythingIsDone() {
        assertThat(LoadProgress.render(false, 100_000, 0, 0, 0, Duration.ofSeconds(2)))
                .isEqualTo("Loading datasets: 0/100000 files  0 articles/s  0 statements/s  00:02 elapsed  ETA --:--");
        assertThat(LoadProgress.render(false, 100_000, 50_000, 50_000, 500_000, Duration.ofSeconds(4000)))
                .endsWith("1:06:40 elapsed  ETA 1:06:40");
    }

    @Test
    void aRateBelowTenKeepsOneDecimalSoThatASlowLoadNeverReadsAsNothingLoaded() {
        assertThat(LoadProgress.render(false, 1, 1, 1, 27, Duration.ofMillis(3900)))
                .startsWith("Loading datasets: 1/1 files  0.3 articles/s  6.9 statements/s");
        assertThat(new LoadSummary(1, 1, 0, 0, 0, 0, 27, Duration.ofMillis(3900)).toString())
                .endsWith("27 statements in 3.9 s (6.9 statements/s, 0.3 articles/s)");
    }
}

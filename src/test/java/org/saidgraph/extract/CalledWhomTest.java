package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.saidgraph.extract.VerbSenseFiltersTest.assertDropped;
import static org.saidgraph.extract.VerbSenseFiltersTest.assertStatement;
import static org.saidgraph.extract.VerbSenseFiltersTest.traced;

/**
 * Rule {@code call-whom} ({@link CalledWhom}): "call" followed only by whom was called (phoned, summoned, named)
 * reports no words, while what someone was called stays a statement. The sentences are written for these tests.
 */
class CalledWhomTest {

    private static final String LEAD = "Harbour vote\nAna Okafor won the harbour vote on Tuesday.\n";

    @Test
    void phoningPeopleSaysNothing() {
        assertDropped(traced(LEAD + "Ana Okafor called both pilots on Friday night."), "call-whom", "both pilots");
    }

    @Test
    void phoningANamedPersonWithAnApposition() {
        assertDropped(traced(LEAD + "Tom Reyes called Lena Brandt, the treasurer of the rowing club, before noon."),
                "call-whom", "the treasurer of the rowing club");
    }

    @Test
    void whatSomeoneCalledThePilotsStays() {
        assertStatement(LEAD + "Ana Okafor called the ferry pilots heroes of the storm.", "heroes of the storm");
    }
}

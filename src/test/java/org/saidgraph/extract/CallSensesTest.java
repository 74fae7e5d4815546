package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.saidgraph.extract.VerbSenseFiltersTest.assertDropped;
import static org.saidgraph.extract.VerbSenseFiltersTest.assertStatement;
import static org.saidgraph.extract.VerbSenseFiltersTest.traced;

/**
 * The two senses of "call" that say nothing ({@link CallSenses}): a thing named after an indefinite noun, and a
 * person telephoned, each beside the speaking shape that must stay. The sentences are written for these tests.
 */
class CallSensesTest {

    private static final String LEAD = "Harbour vote\nAna Okafor won the harbour vote on Tuesday.\n";

    @Test
    void aThingCalledByItsNameIsNotSpeech() {
        assertDropped(traced(LEAD + "Tom Reyes joined a small rowing club called the Quayside Oarsmen."),
                "call-naming", "Quayside Oarsmen");
    }

    @Test
    void aNamedThingAsASubjectIsNotSpeech() {
        assertDropped(traced(LEAD + "A small charity called the Pier Trust, run by two retired pilots, wants a new "
                + "ferry."), "call-naming", "Pier Trust");
    }

    @Test
    void someoneCallingAThingSomethingStillSpeaks() {
        assertStatement(LEAD + "Ana Okafor called the harbour levy a disgrace.", "a disgrace");
    }

    @Test
    void aPersonTelephonedIsNotWhatWasSaid() {
        assertDropped(traced(LEAD + "Lena Brandt called both harbour candidates that evening."), "call-phoned",
                "candidates");
    }

    @Test
    void aPersonCalledSomethingStillSpeaks() {
        assertStatement(LEAD + "Lena Brandt called Tom Reyes unfit for the harbour board.", "unfit");
    }

    @Test
    void aPersonCalledOnToActStillSpeaks() {
        assertStatement(LEAD + "Lena Brandt called on Tom Reyes to resign from the harbour board.", "to resign");
    }
}

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
        assertDropped(traced(LEAD + "Tom Reyes once belonged to a small rowing club called the Quayside Oarsmen."),
                "call-naming", "Quayside Oarsmen");
    }

    @Test
    void aContestCalledByItsNameWithARelativeClauseIsNotSpeech() {
        assertDropped(traced(LEAD + "The port authority is funding a new contest called the Tidewater Award, which "
                + "will pay for two ferries."), "call-naming", "Tidewater Award");
    }

    @Test
    void someoneCallingAThingSomethingStillSpeaks() {
        assertStatement(LEAD + "Ana Okafor called the harbour levy a disgrace.", "a disgrace");
    }

    @Test
    void aPersonTelephonedIsNotWhatWasSaid() {
        assertDropped(traced(LEAD + "Lena Brandt called both harbour candidates on Wednesday night."), "call-phoned",
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

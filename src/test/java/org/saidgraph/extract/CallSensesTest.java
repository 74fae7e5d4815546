package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.saidgraph.extract.VerbSenseFiltersTest.assertDropped;
import static org.saidgraph.extract.VerbSenseFiltersTest.assertStatement;
import static org.saidgraph.extract.VerbSenseFiltersTest.traced;

/**
 * The naming sense of "call" that says nothing ({@link CallSenses}): a thing named after an indefinite noun, beside
 * the speaking shapes that must stay (a person telephoned is {@link CalledWhomTest}'s). The sentences are written for
 * these tests.
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
    void aPersonCalledSomethingStillSpeaks() {
        assertStatement(LEAD + "Lena Brandt called Tom Reyes unfit for the harbour board.", "unfit");
    }

    @Test
    void aPersonCalledOnToActStillSpeaks() {
        assertStatement(LEAD + "Lena Brandt called on Tom Reyes to resign from the harbour board.", "to resign");
    }
}

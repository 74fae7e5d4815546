package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.saidgraph.extract.VerbSenseFiltersTest.assertDropped;
import static org.saidgraph.extract.VerbSenseFiltersTest.assertStatement;
import static org.saidgraph.extract.VerbSenseFiltersTest.traced;

/**
 * "Offer" whose object is a chance, a view or a place given ({@link OfferedThing}) is dropped; what is offered as
 * words stays. The sentences are written for these tests.
 */
class OfferedThingTest {

    private static final String LEAD = "Harbour vote\nAna Okafor won the harbour vote on Tuesday.\n";

    @Test
    void aWindowOfferedIsNotSpeech() {
        assertDropped(traced(LEAD + "The new ferry timetable offered a window into the council's priorities."),
                "offered-thing", "window into the council");
    }

    @Test
    void anOpportunityOfferedIsNotSpeech() {
        assertDropped(traced(LEAD + "But the open seat in Kellby offered a rare opportunity."),
                "offered-thing", "rare opportunity");
    }

    @Test
    void anOliveBranchOfferedIsNotSpeech() {
        assertDropped(traced(LEAD + "After the vote, Lena Brandt offered an olive branch to rowers."),
                "offered-thing", "olive branch");
    }

    @Test
    void aSlotOfferedToAHearerIsNotSpeech() {
        assertDropped(traced(LEAD + "Lena Brandt is offering Tom Reyes a speaking slot at the harbour festival."),
                "offered-thing", "speaking slot");
    }

    @Test
    void condolencesOfferedStayWhatWasSaid() {
        assertStatement(LEAD + "Lena Brandt offered her condolences to the families of the two fishermen.",
                "her condolences to the families");
    }

    @Test
    void aDefenseOfferedStaysWhatWasSaid() {
        assertStatement(LEAD + "Tom Reyes offered a spirited defense of the harbour levy on Monday.",
                "the harbour levy");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.saidgraph.extract.VerbSenseFiltersTest.assertDropped;
import static org.saidgraph.extract.VerbSenseFiltersTest.assertStatement;
import static org.saidgraph.extract.VerbSenseFiltersTest.traced;

/**
 * A speech verb whose object is something won, paid or priced ({@link TakenObjects}): each shape dropped by its
 * filter, beside the speaking shape of the same verb that must stay. The sentences are written for these tests.
 */
class TakenObjectsTest {

    private static final String LEAD = "Harbour vote\nAna Okafor won the harbour vote on Tuesday.\n";

    @Test
    void aVictoryClaimedIsNotSpeech() {
        assertDropped(traced(LEAD + "Lena Brandt claimed her second victory in the rowing league on Sunday."),
                "claimed-outcome", "second victory");
    }

    @Test
    void aWinPostedIsNotSpeech() {
        assertDropped(traced(LEAD + "Tom Reyes posted a narrow win in the county primary."),
                "claimed-outcome", "narrow win");
    }

    @Test
    void aHedgedVictoryClaimedStaysAClaim() {
        assertStatement(LEAD + "Lena Brandt claimed a moral victory after the recount.", "a moral victory");
    }

    @Test
    void claimingBareVictoryDeclaresIt() {
        assertStatement(LEAD + "Lena Brandt claimed victory on her campaign page.", "victory");
    }

    @Test
    void aCheckWrittenIsNotSpeech() {
        assertDropped(traced(LEAD + "Tom Reyes wrote a $2,000 check to the rowing club."),
                "written-payment", "check to the rowing club");
    }

    @Test
    void aLetterWrittenWithItsRequestStays() {
        assertStatement(LEAD + "Tom Reyes wrote a letter to the rowing club asking for a new boathouse.",
                "a letter to the rowing club");
    }

    @Test
    void aPriceChargedIsNotSpeech() {
        assertDropped(traced(LEAD + "The ferry company charged $40 a crossing last summer."),
                "price-charged", "a crossing");
        assertDropped(traced(LEAD + "The ferry company has charged more than that for years."),
                "price-charged", "more than that");
    }

    @Test
    void aPriceAfterAnArticleIsNotSpeech() {
        assertDropped(traced(LEAD + "The club near Dunmore charged a $50,000 entry fee, most of it refundable."),
                "price-charged", "entry fee");
    }

    @Test
    void aPersonChargedWithAWrongStays() {
        assertStatement(LEAD + "Lena Brandt charged the ferry company with neglect of the pier.",
                "neglect of the pier");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saidgraph.extract.QuotePiecesTest.assertOneStatement;

/**
 * A second speech cue in a participle of the attribution's own sentence ("said, noting that …") is an aside of the
 * attribution when that sentence alone stands between two quotations and the second opens a sentence with a capital:
 * {@link QuotationsApart} joins the two pieces. "Adding" and a cue coordinated with the attribution ("said - and
 * argued …") are a further act and stay apart. A quotation resumed right after the attribution's sentence with at
 * most two words of the reporter's before its mark ("… she said. But “B.”"), or after a fronted clause of condition
 * or time closed by a comma ("… she said. Unless …, “b.”"), goes on with the first. The sentences
 * are written for these tests.
 */
class QuotationsApartAsideTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Hugh Hill");

    @Test
    void aParticipleAsideOfTheAttributionBetweenTwoSentencesOfQuotationJoinsThem() {
        assertOneStatement("“The ferry will run all winter,” Hugh Hill said, noting that the old boat broke down "
                + "twice last year. “Nobody in this town will be stranded again.”", "Hugh Hill",
                "The ferry will run all winter,", "Nobody in this town will be stranded again.");
    }

    @Test
    void anAsideRecallingTheSpeakersOwnPastJoinsThePieces() {
        assertOneStatement("“The pier was never safe,” Ana Okafor said at the harbour, recalling a storm that tore "
                + "off its railings. “We should have closed it years ago.”", "Ana Okafor",
                "The pier was never safe,", "We should have closed it years ago.");
    }

    @Test
    void anApostropheInsideAWordOfTheAsideIsNoQuotationOfItsOwn() {
        assertOneStatement("“The ferry will run all winter,” Hugh Hill said, pointing to the council's new boat on "
                + "the slipway. “Nobody in this town will be stranded again.”", "Hugh Hill",
                "The ferry will run all winter,", "Nobody in this town will be stranded again.");
    }

    @Test
    void addingAfterTheAttributionStaysAFurtherStatement() {
        Extraction x = Extraction.of("“The ferry will run all winter,” Hugh Hill said, adding that the fares would "
                + "not rise. “Nobody in this town will be stranded again.”", PEOPLE);
        assertThat(x.containing("The ferry will run all winter").text()).doesNotContain("stranded");
    }

    @Test
    void aCueCoordinatedWithTheAttributionStaysApart() {
        Extraction x = Extraction.of("The harbour board met on Tuesday. “The ferry will run all winter,” Hugh Hill "
                + "said - and argued for a second boat on the island route. “Nobody in this town will be stranded "
                + "again.”", PEOPLE);
        assertThat(x.containing("The ferry will run all winter").text()).doesNotContain("stranded");
    }

    @Test
    void aQuotationResumedAfterAConnectiveInTheNextSentenceGoesOnWithTheFirst() {
        assertOneStatement("“The ferry will run all winter,” Hugh Hill said on the quay. But “nobody in this town "
                + "will be stranded again.”", "Hugh Hill", "The ferry will run all winter,",
                "nobody in this town will be stranded again.");
    }

    @Test
    void aFrontedConditionBeforeTheResumedQuotationGoesOnWithTheFirst() {
        assertOneStatement("“The ferry will run all winter,” said Hugh Hill, the harbour master. Unless the council "
                + "cuts its grant again, “nobody in this town will be stranded this year.”", "Hugh Hill",
                "The ferry will run all winter,", "nobody in this town will be stranded this year.");
    }

    @Test
    void aSentenceOfNarrationBeforeTheSecondQuotationStillKeepsItApart() {
        Extraction x = Extraction.of("“The ferry will run all winter,” Hugh Hill said on the quay. The council has "
                + "two boats on order for the island route. “Nobody in this town will be stranded again.”", PEOPLE);
        assertThat(x.containing("The ferry will run all winter").text()).doesNotContain("stranded");
    }
}

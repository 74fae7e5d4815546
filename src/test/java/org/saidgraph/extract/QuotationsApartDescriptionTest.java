package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saidgraph.extract.QuotePiecesTest.assertOneStatement;

/**
 * A description of the speaker after the attribution (a former title, ", then the city's mayor"; a relative clause
 * after an abbreviation or an initial) names no second act of speech: {@link QuotationsApart} joins the two pieces.
 * The speaker's next act (", then turned to …") still keeps them apart. The sentences are written for these tests.
 */
class QuotationsApartDescriptionTest {

    private static final ListTagger PEOPLE = ListTagger.people("Hugh Hill", "Ana Okafor", "Peter Lund");

    @Test
    void aFormerTitleAfterThenIsNoNextAct() {
        assertOneStatement("“The ferry will run all winter,” said Ana Okafor, then the harbour master of the town. "
                + "“Nobody was ever stranded.”", "Ana Okafor", "The ferry will run all winter,",
                "Nobody was ever stranded.");
    }

    @Test
    void anAbbreviationInTheSpeakersDescriptionDoesNotEndItsRelativeClause() {
        assertOneStatement("“These are hard weeks,” said Peter Lund, a former aide to Mr. Hill who has argued "
                + "against the mine for years. “I doubt the owners can keep their promise.”", "Peter Lund",
                "These are hard weeks,", "I doubt the owners can keep their promise.");
    }

    @Test
    void thenBeforeAVerbIsStillTheSpeakersNextAct() {
        Extraction x = Extraction.of("“The ferry will run all winter,” Ana Okafor said, then turned to the pier. "
                + "“Nobody in this town will be stranded again.”", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(st -> st.text().contains("ferry")
                && st.text().contains("stranded"));
    }
}

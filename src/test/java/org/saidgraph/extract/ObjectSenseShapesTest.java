package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters of session 22 for statements that meet no gold at all ({@link ObjectSenseShapes}, "advise" in
 * {@link BareObjectSense}): each shape dropped, by that filter, beside the true shape that must stay. The sentences
 * are written for these tests.
 */
class ObjectSenseShapesTest {

    private static final String LEAD = "Harbour vote\nAna Okafor won the harbour vote on Tuesday.\n";

    @Test
    void addingSomethingToSomethingSaysNothing() {
        VerbSenseFiltersTest.assertDropped(traced(LEAD + "The new ferry rules add another fee to the mix."),
                "add-to-object", "another fee");
    }

    @Test
    void anAddedClauseThatAnotherVerbReportsIsNotJudged() {
        Extractor.Traced t = traced(LEAD + "The ferry line has added another stop to the route, Lena Brandt noted.");
        assertThat(t.dropped()).noneMatch(d -> d.filter().equals("add-to-object"));
        VerbSenseFiltersTest.assertStatement(LEAD + "The ferry line has added another stop to the route, Lena Brandt "
                + "noted.", "another stop to the route");
    }

    @Test
    void keepingSomethingUpSaysNothing() {
        VerbSenseFiltersTest.assertDropped(traced(LEAD + "Lena Brandt maintained a brisk pace into old age."),
                "object-then-circumstance", "a brisk pace");
    }

    @Test
    void counsellingACampaignSaysNothing() {
        VerbSenseFiltersTest.assertDropped(traced(LEAD + "Tom Reyes, a pollster who advised the mayor's 2010 campaign "
                + "and is now a strategist for the ferry union, was at the meeting."), "object-then-circumstance",
                "2010 campaign");
        VerbSenseFiltersTest.assertDropped(traced(LEAD + "Tom Reyes, a pollster who advises the harbour party, was at "
                + "the meeting."), "bare-object-sense", "the harbour party");
    }

    @Test
    void maintainingAClauseStays() {
        VerbSenseFiltersTest.assertStatement(LEAD + "Lena Brandt maintained that the pier was safe.",
                "the pier was safe");
    }

    private static Extractor.Traced traced(String text) {
        return VerbSenseFiltersTest.traced(text);
    }
}

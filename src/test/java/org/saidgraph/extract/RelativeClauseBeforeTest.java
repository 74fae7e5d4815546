package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.saidgraph.extract.VerbSenseFiltersTest.assertDropped;
import static org.saidgraph.extract.VerbSenseFiltersTest.assertStatement;
import static org.saidgraph.extract.VerbSenseFiltersTest.traced;

/**
 * Rule {@code relative-clause-before} ({@link RelativeClauseBefore}): a relative clause on the speaker, read as the
 * words before the verb, describes the speaker and is not what was said; what the verb reports after it stays. The
 * sentences are written for these tests.
 */
class RelativeClauseBeforeTest {

    private static final String LEAD = "Harbour board\nThe harbour board met on Monday.\n";

    @Test
    void aRelativeClauseOnTheSpeakerIsNotWhatWasSaid() {
        Extractor.Traced t = traced(LEAD + "Tom Reyes, who has been feuding with the pilots' union this week, on "
                + "Friday outlined his intent to keep a “big tent” ferry alliance.");
        assertDropped(t, "relative-clause-before", "who has been feuding");
    }

    @Test
    void whatTheVerbReportsAfterTheClauseStays() {
        assertStatement(LEAD + "Tom Reyes, who has been feuding with the pilots' union this week, on Friday "
                + "outlined his intent to keep a “big tent” ferry alliance.", "his intent to keep");
    }

    @Test
    void aQuestionOpenedByWhoStays() {
        assertStatement(LEAD + "“Who would pay for a night ferry at that price?” Tom Reyes asked the board.",
                "Who would pay for a night ferry");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters of session 21 for text-pattern readings after which nothing said follows ({@link PatternVerbShapes}):
 * each shape dropped, by that filter, beside the true shape that must stay. The sentences are written for these tests.
 */
class PatternVerbShapesTest {

    private static final String LEAD = "Harbour vote\nAna Okafor won the harbour vote on Tuesday.\n";

    @Test
    void aHearerBeforeAColonIsNotTheWords() {
        assertDropped(traced(LEAD + "Lena Brandt also spoke out against Tom Reyes:\n"
                + "“The pier belongs to the fishermen, and it always will.”"), "colon-lead-object", "Tom Reyes:");
    }

    @Test
    void aTopicBeforeTheWordsStays() {
        assertStatement(LEAD + "Lena Brandt also spoke out against the ferry fees at the meeting.", "the ferry fees");
    }

    @Test
    void howLongSomeoneSpokeIsNotWhat() {
        assertDropped(traced(LEAD + "Lena Brandt spoke for about 30 minutes, took questions and posed for photos."),
                "time-only", "30 minutes");
    }

    @Test
    void aTopicAfterTheTimeStays() {
        assertStatement(LEAD + "Lena Brandt spoke for about 30 minutes about the ferry fees.", "the ferry fees");
    }

    @Test
    void addingToATallySaysNothing() {
        assertDropped(traced(LEAD + "Ana Okafor has won the harbour primary in Eastport, adding to her Super Saturday "
                + "victories in Westport, Northport, Southport and Easton."), "add-to-tally", "Saturday victories");
    }

    @Test
    void addingAClauseStays() {
        assertStatement(LEAD + "Ana Okafor thanked the voters, adding that the pier would stay open.",
                "the pier would stay open");
    }

    @Test
    void runningAgainstSomeoneIsNotSpeech() {
        assertDropped(traced(LEAD + "One candidate to watch is Lena Brandt, the ferry captain who is challenging "
                + "Sen. Tom Reyes in Eastport."), "electoral-challenge", "Tom Reyes in Eastport");
    }

    @Test
    void challengingAClaimStays() {
        assertStatement(LEAD + "Lena Brandt challenged Tom Reyes's claim that the pier would close.",
                "the pier would close");
    }

    @Test
    void aReportedClauseEndsWithItsSentence() {
        Extractor.Traced t = traced(LEAD + "Back in May, she wrote a letter to Tom Reyes asking that all the fees, "
                + "from the first harbour vote, go to the pier fund.\u00a0 Reyes did not answer her request for the "
                + "fund to get the fees.");
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .anyMatch(x -> x.contains("go to the pier fund"))
                .noneMatch(x -> x.contains("did not answer"));
        assertThat(t.trimmed().values()).anyMatch(c -> c.cuts().contains("sentence-end"));
    }

    private static void assertDropped(Extractor.Traced traced, String filter, String words) {
        VerbSenseFiltersTest.assertDropped(traced, filter, words);
    }

    private static void assertStatement(String text, String words) {
        VerbSenseFiltersTest.assertStatement(text, words);
    }

    private static Extractor.Traced traced(String text) {
        return VerbSenseFiltersTest.traced(text);
    }
}

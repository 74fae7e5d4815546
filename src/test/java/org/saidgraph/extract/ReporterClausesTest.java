package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three readings found writing an article of our own (session 22), each a clause or phrase of the reporter's that
 * had been taken as someone's words or name: a speech verb inside an embedded question that would report the clause
 * it belongs to ({@link QuestionClauseCue}), the reason for an anonymity ({@link AnonymityReason}), and a phrase of time
 * the parse hangs on the subject's noun. The sentences are written for these tests.
 */
class ReporterClausesTest {

    private static final String LEAD = "Ferry ruling\nA judge halted the ferry contract on Thursday.\n";

    @Test
    void aVerbInsideAQuestionDoesNotReportTheClauseItBelongsTo() {
        String text = LEAD + "Asked whether the service would continue, a ferry official, who spoke on condition of "
                + "anonymity because he was not authorized to discuss the case, said the boats would keep running.";
        Extractor.Traced t = VerbSenseFiltersTest.traced(text);
        VerbSenseFiltersTest.assertDropped(t, "question-clause-cue", "said the boats would keep running");
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .contains("the boats would keep running");
    }

    @Test
    void theReasonForAnonymityIsNotWhatWasSaid() {
        String text = LEAD + "A ferry official, who spoke on condition of anonymity because he was not authorized to "
                + "discuss the case, said the boats would keep running.";
        Extractor.Traced t = VerbSenseFiltersTest.traced(text);
        VerbSenseFiltersTest.assertDropped(t, "anonymity-reason", "not authorized to discuss");
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .containsExactly("the boats would keep running");
    }

    @Test
    void anyReasonForSpeakingAnonymouslyIsNotWhatWasSaid() {
        // "spoke" takes no clause of what was said (speaking-frames.tsv): a "because" after it says why, whatever
        // its verb.
        String text = LEAD + "A senior official involved in the talks, who spoke on condition of anonymity because "
                + "the negotiations are confidential, said the gap between the two sides was narrowing.";
        Extractor.Traced t = VerbSenseFiltersTest.traced(text);
        VerbSenseFiltersTest.assertDropped(t, "anonymity-reason", "the negotiations are confidential");
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .containsExactly("the gap between the two sides was narrowing");
    }

    @Test
    void aReasonThatIsSaidStays() {
        VerbSenseFiltersTest.assertStatement(LEAD + "The captain said because the fuel was late the boats would wait.",
                "the fuel was late");
    }

    @Test
    void aDayHungOnTheSubjectIsNoPartOfItsName() {
        String text = LEAD + "HARBOURTON — A county judge on Thursday suspended the ferry contract, saying the council "
                + "had not published the bids.";
        Extractor.Traced t = VerbSenseFiltersTest.traced(text);
        assertThat(t.dataset().entities()).extracting(Entity::name)
                .anyMatch(n -> n.equalsIgnoreCase("county judge"))
                .noneMatch(n -> n.contains("Thursday"));
    }
}

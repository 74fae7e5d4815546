package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code speaker-adjective} ({@link CarryingAdjectives}): the subject of an adjective of readiness or judgment
 * speaks through the speech verb of the infinitive after it. The sentences are invented for these tests.
 */
class CarryingAdjectivesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt");

    @Test
    void theSubjectOfQuickToPointOutSaysTheClauseAfterIt() {
        Extraction x = Extraction.of("The harbor board met on Tuesday. Lena Brandt was quick to point out that the "
                + "dredging contract had never been put to a public vote.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("the dredging contract had never been put to a public vote"));
        assertThat(x.speakerName("the dredging contract had never been put to a public vote"))
                .isEqualTo("Lena Brandt");
    }

    @Test
    void anInfinitiveOnAnAdjectiveReportsNothingBeforeIt() {
        Extraction x = Extraction.of("Lena Brandt leads the race. The vote is close, so she will not be able to "
                + "brag about her lead this time.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("The vote is close"));
    }
}

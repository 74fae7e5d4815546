package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word of time before a speech verb dates the saying and never speaks: on PolNeAR train "Tuesday", "Last year" or
 * "This week" were given as speakers where the parse, or the noun right before the verb, was the date. The sentences
 * are invented.
 */
class DatesNeverSpeakTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Anna Lind", "PERSON", "Tomas Berg", "PERSON",
            "HARBOUR TODAY", "ORGANIZATION"));

    @Test
    void aDateBetweenAndAndTheVerbLeavesTheSubjectOfTheVerbBefore() {
        Extraction x = Extraction.of("Tomas Berg has freed up two million dollars for the harbour and on Monday "
                + "announced that the old pier would reopen in the spring.", NAMES);
        assertThat(x.name(x.containing("the old pier would reopen").speaker())).isEqualTo("Tomas Berg");
    }

    @Test
    void aDateRightBeforeTheVerbIsNotItsSubject() {
        Extraction x = Extraction.of("The columnist Anna Lind has long fought the ferry plan but on Friday wrote that "
                + "she now sided with the council on the costs.", NAMES);
        assertThat(x.dataset().statements()).isNotEmpty()
                .noneSatisfy(s -> assertThat(x.name(s.speaker())).isEqualToIgnoringCase("Tuesday"));
    }

    @Test
    void aWordOfTimeInsideANameStillSpeaks() {
        Extraction x = Extraction.of("HARBOUR TODAY reported in March that the ferry company had run out of money.",
                NAMES);
        assertThat(x.name(x.containing("the ferry company had run out of money").speaker()))
                .isEqualTo("HARBOUR TODAY");
    }

}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filter {@code to-phrase-sense} ({@link ToPhraseSense}): a phrase with "to" on a speech verb is not what was said,
 * an infinitive is. The sentences are invented for these tests.
 */
class ToPhraseSenseTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void addingToALeadSaysNothing() {
        Extraction x = Extraction.of("Ana Okafor won the ferry primary in Harbourton on Tuesday, adding to her lead "
                + "over Lena Brandt in the county.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("her lead"));
    }

    @Test
    void whomTheWordsWereSaidToIsNotASecondStatement() {
        Extraction x = Extraction.of("\"We will keep the ferry running!\" Lena Brandt said to a crowd of nearly 300.",
                PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .containsExactly("We will keep the ferry running!");
    }

    @Test
    void anInfinitiveIsWhatWasPromised() {
        Extraction x = Extraction.of("Ana Okafor promised to keep the ferry running.", PEOPLE);
        assertThat(x.speakerName("to keep the ferry running")).isEqualTo("Ana Okafor");
    }
}

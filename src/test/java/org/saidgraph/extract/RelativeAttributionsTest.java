package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step {@code relative-attribution} ({@link RelativeAttributions}): a reported statement ends before a relative
 * clause in which its own speaker says something more, and that relative clause is read as a statement of its own.
 * The sentences are invented for these tests.
 */
class RelativeAttributionsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aSecondSayingInARelativeClauseIsReadApart() {
        Extraction x = Extraction.of("Ana Okafor has said little about the harbour, offering few details beyond a "
                + "speech in March, in which she called for putting the ferry service \"back on its feet.\"", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("putting the ferry service") && !t.contains("speech in March"))
                .noneMatch(t -> t.contains("March, in which"));
    }

    @Test
    void whatTheSpeakerCalledTheObjectStaysInTheStatement() {
        // "which she called ..." is a characterization of the noun before it: the annotators keep it inside.
        Extraction x = Extraction.of("Ana Okafor criticized the harbour plan, which she called \"a costly "
                + "mistake for the town.\"", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("the harbour plan, which she called"));
    }

    @Test
    void anotherSpeakersRelativeClauseStaysInWhatWasSaid() {
        Extraction x = Extraction.of("Ana Okafor said the plan, which Lena Brandt argued would cost millions, was "
                + "still the best option.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("the plan, which Lena Brandt argued would cost millions, was still the best option");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step colon-after-object: a speech verb's noun object closed by a colon runs on to the end of its sentence, where
 * the words after the colon spell out what the noun announced; a colon that closes its paragraph is left alone (the
 * sentences are invented for these tests).
 */
class ColonAfterObjectTest {

    private static final ListTagger PEOPLE = ListTagger.people("Mara Velez", "Tomas Lind");

    @Test
    void theStepsAfterTheColonArePartOfThePlanOutlined() {
        Extraction x = Extraction.of("Tomas Lind outlined a three-step plan: hire more pilots, train them at the "
                + "harbour and keep the fares low.", PEOPLE);
        assertThat(x.containing("a three-step plan").text())
                .isEqualTo("a three-step plan: hire more pilots, train them at the harbour and keep the fares low");
    }

    @Test
    void aColonClosingItsParagraphDoesNotReachTheNextOne() {
        Extraction x = Extraction.of("Tomas Lind described the choice before the council:\n\nThe ferry could run "
                + "every hour or the bridge could open at night.", PEOPLE);
        assertThat(x.containing("the choice before the council").text()).isEqualTo("the choice before the council");
    }
}

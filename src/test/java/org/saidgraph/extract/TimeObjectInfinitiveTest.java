package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step time-object-infinitive: a day the parser makes the object of "pledged" or "vowed" dates the saying and is no
 * one addressed, so what was pledged begins at "to" (the sentences are invented for this test).
 */
class TimeObjectInfinitiveTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ada Quill", "Teo Brandt");

    @Test
    void aDayAfterThePledgeIsNotWhatWasPledged() {
        Extraction x = Extraction.of("Fishing towns brace for quota cuts\n\nSenator Ada Quill pledged Sunday to "
                + "close the old canal depot by spring.", PEOPLE);
        assertThat(x.containing("canal depot").text()).isEqualTo("to close the old canal depot by spring");
    }

    @Test
    void aDayAfterTheVowIsNotWhatWasVowed() {
        Extraction x = Extraction.of("Mayor vows action\n\nMayor Teo Brandt vowed Monday to repave every road in the "
                + "north ward.", PEOPLE);
        assertThat(x.containing("north ward").text()).isEqualTo("to repave every road in the north ward");
    }
}

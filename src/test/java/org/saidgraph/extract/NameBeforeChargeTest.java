package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step name-before-charge: a name set between commas after a speech verb's object does not end what was said before
 * the charge that follows it (the sentences are invented for these tests).
 */
class NameBeforeChargeTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lydia Marsh", "Tom Keller");

    @Test
    void theChargeAfterTheObjectsNameIsPartOfTheAccusation() {
        Extraction x = Extraction.of("Lydia Marsh accuses one of the managers, Tom Baker, of ignoring safety "
                + "complaints.", PEOPLE);
        assertThat(x.containing("one of the managers").text()).endsWith("of ignoring safety complaints");
    }

    @Test
    void theReasonAfterTheObjectsNameIsPartOfTheCriticism() {
        Extraction x = Extraction.of("Tom Keller assailed a county judge, Lena Ortiz, for her ruling on the ferry.",
                PEOPLE);
        assertThat(x.containing("a county judge").text()).endsWith("for her ruling on the ferry");
    }
}

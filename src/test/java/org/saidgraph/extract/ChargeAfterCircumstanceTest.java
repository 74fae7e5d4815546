package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step charge-after-circumstance: a time between the object and the charge ("accused her rival on Monday of …") does
 * not end what was said before the charge, nor one before the grievance ("blasted his rival on Tuesday over …")
 * (the sentences are invented for these tests).
 */
class ChargeAfterCircumstanceTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lydia Marsh", "Tom Keller");

    @Test
    void theChargeAfterATimeIsPartOfTheAccusation() {
        Extraction x = Extraction.of("Lydia Marsh accused her challenger on Monday of hiding behind consultants.",
                PEOPLE);
        assertThat(x.speakerName("her challenger on Monday of hiding behind consultants")).isEqualTo("Lydia Marsh");
    }

    @Test
    void aGrievanceAfterATimeIsPartOfTheCriticism() {
        Extraction x = Extraction.of("Tom Keller blasted his rival on Tuesday over her handling of the ferry contract.",
                PEOPLE);
        assertThat(x.speakerName("his rival on Tuesday over her handling of the ferry contract"))
                .isEqualTo("Tom Keller");
    }

    @Test
    void aTimeWithNoChargeAfterItStillEndsTheObject() {
        Extraction x = Extraction.of("Tom Keller praised the new budget on Tuesday at a rally in Grafton.", PEOPLE);
        assertThat(x.speakerName("the new budget")).isEqualTo("Tom Keller");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A noun object of a speech verb goes on past where the parse hangs the rest of it on the verb: a gerund
 * coordinated with a finite speech verb ({@link GerundConjunct}: "blamed X for raising … and cutting …") and a
 * second object after a comma ({@link SeriesObject}: "questioned X's plan, her budget …"). The sentences are
 * invented for these tests.
 */
class ObjectContinuationsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Mara Velez", "Tomas Lind");

    @Test
    void aGerundAfterABlamedObjectIsTheSecondThingBlamed() {
        Extraction x = Extraction.of("Mara Velez blamed the port authority for raising fares and cutting the night "
                + "ferry.", PEOPLE);
        assertThat(x.containing("the port authority").text()).contains("cutting the night ferry");
    }

    @Test
    void aGerundAfterAnAccusedObjectIsTheSecondCharge() {
        Extraction x = Extraction.of("Tomas Lind accused the harbour board of wasting money and ignoring the "
                + "fishermen.", PEOPLE);
        assertThat(x.containing("the harbour board").text()).contains("ignoring the fishermen");
    }

    @Test
    void aGerundAfterAnObjectBlamedInThePerfectIsTheSecondThingBlamed() {
        Extraction x = Extraction.of("Mara Velez has blamed the port authority for raising fares and cutting the "
                + "night ferry.", PEOPLE);
        assertThat(x.containing("the port authority").text()).contains("cutting the night ferry");
    }

    @Test
    void aSeriesOfObjectsIsOneThingQuestioned() {
        Extraction x = Extraction.of("Tomas Lind questioned the mayor's plan, her budget, her staff and her record "
                + "on housing.", PEOPLE);
        assertThat(x.containing("the mayor's plan").text()).contains("her record on housing");
    }
}

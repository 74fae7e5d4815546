package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step infinitive-series: a second infinitive after a comma, which the parser hangs on the speech verb, goes on what
 * was urged (the sentence is invented for this test).
 */
class InfinitiveSeriesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Mara Velez");

    @Test
    void aSeriesOfInfinitivesIsOneThingUrged() {
        Extraction x = Extraction.of("Mara Velez has urged the harbour board to be fairer, to listen to the fishermen "
                + "and be more open.", PEOPLE);
        assertThat(x.containing("to be fairer").text()).endsWith("to listen to the fishermen and be more open");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code dateline-not-speaker} ({@link SpeakerResolver}) and rule {@code dateline-place} with a plain hyphen
 * ({@link DatelinePlace}): the place of a wire dateline is never the subject of the sentence it opens, whatever stands
 * between its comma and the verb's. The sentences are invented for these tests.
 */
class DatelineNotSpeakerTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("ORVALE", "LOCATION"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"—", "-", "--"})
    void aChantAfterADatelineIsTheCrowdsNotThePlaces(String dash) {
        Extraction x = Extraction.of("Pipeline march draws hundreds\n\nORVALE, Minn. " + dash + " Protesters marched "
                + "on Saturday, chanting \"Keep our river clean\" and carrying signs.", NAMES);
        assertThat(x.name(x.the("Keep our river clean").speaker())).isEqualTo("Protesters");
    }
}

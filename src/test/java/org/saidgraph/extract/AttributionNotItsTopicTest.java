package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule attribution-not-its-topic ({@link Sources}): the "he" of an attribution set off after the words it attributes
 * is not a person those words name after a preposition; the person before is. Seen on PolNeAR train giving such
 * words to the person they were about; the sentences are invented.
 */
class AttributionNotItsTopicTest {

    private static final ListTagger PEOPLE = ListTagger.people("Tom Ruiz", "Ben Okafor");

    @Test
    void aPersonNamedAfterAPrepositionInTheWordsIsNotTheirSpeaker() {
        Extraction x = Extraction.of("Tom Ruiz spoke to the harbour board on Monday. Any reply to the rumours "
                + "spread by Mr. Okafor, he said, would only make the rumours louder.", PEOPLE);
        assertThat(x.name(x.containing("would only make the rumours louder").speaker())).isEqualTo("Tom Ruiz");
    }
}

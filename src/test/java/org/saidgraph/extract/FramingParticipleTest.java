package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code framing-participle} ({@link FramingParticiple}, in {@link VerbCueSieve}'s rule framing-then-after): a
 * fronted prepositional phrase whose only verbs are participles describing its nouns frames the act, and what was said
 * is read after the verb. The sentences are invented for these tests.
 */
class FramingParticipleTest {

    private static final ListTagger NAMES = new ListTagger(Map.of());

    @Test
    void aRequestAfterALetterSentToTheBoardIsTheInfinitive() {
        Extraction x = Extraction.of("In a letter sent to the board last week, the parents asked the district to "
                + "delay the vote.", NAMES);
        assertThat(x.the("to delay the vote").act()).isEqualTo("demand");
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("In a letter"));
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code headline-only-word} ({@link EntityLinker#headlineOnlyWord}): a single word of the headline that the
 * tagger calls a person but the story never uses is no person, so a description like "the mayor" does not become it.
 * The texts are invented for these tests.
 */
class HeadlineOnlyWordTest {

    private static final String TEXT = "Harbour row deepens\n\nThe mayor told residents on Monday that the pier would "
            + "reopen in June.";

    @Test
    void aHeadlineWordTheStoryNeverUsesIsNoSpeaker() {
        Extraction x = Extraction.of(TEXT, new ListTagger(Map.of("Harbour", "PERSON")));
        assertThat(x.speakerName("the pier would reopen in June")).isNotEqualTo("Harbour");
    }

    @Test
    void aNameTheStoryRepeatsStaysAPerson() {
        assertThat(EntityLinker.headlineOnlyWord("Okafor defends pier plan\n\nOkafor said the pier would reopen.", 0,
                6)).isFalse();
        assertThat(EntityLinker.headlineOnlyWord(TEXT, 0, 7)).isTrue();
    }

    @Test
    void aTextOfOneLineHasNoHeadline() {
        assertThat(EntityLinker.headlineOnlyWord("Harbour said the pier would reopen in June.", 0, 7)).isFalse();
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attribution right after a quotation that opens its sentence and ends in a comma is read whatever its verb and
 * subject (rule {@code quote-after-any-verb}), rather than the quotation falling to the last speaker named before it.
 * The sentences are written for these tests.
 */
class AttributionAfterAnyVerbTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt", "Ana Okafor");

    @Test
    void aNameWithAVerbOutsideTheLexiconAndATimeAfterItIsTheSpeaker() {
        Extraction x = Extraction.of("Lena Brandt praised the new ferry timetable on Monday.\n“The night crossings "
                + "were never paid for,” Ana Okafor fumed on Tuesday.", PEOPLE);
        assertThat(x.speakerName("The night crossings were never paid for,")).isEqualTo("Ana Okafor");
    }

    @Test
    void aDescriptionAfterAnInvertedVerbIsTheSpeakerNotTheLastOneNamed() {
        Extraction x = Extraction.of("Lena Brandt praised the new ferry timetable on Monday.\n“We were promised a "
                + "bridge and got a ferry,” said a longtime harbour pilot who has worked the crossing for years.",
                PEOPLE);
        assertThat(x.speakerName("We were promised a bridge and got a ferry,")).isNotEqualTo("Lena Brandt")
                .containsIgnoringCase("pilot");
    }
}

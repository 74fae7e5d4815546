package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attribution right after a quotation whose subject is a description the mention rules do not read is read from
 * the parse (rule {@code quote-after-parse}), rather than the quotation falling to the last speaker. The sentences are
 * written for these tests.
 */
class ParsedAttributionAfterTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt", "Ana Okafor");

    @Test
    void aDescriptionWithAPrepositionalPhraseAfterTheQuotationIsItsSpeakerNotTheLastSpeaker() {
        Extraction x = Extraction.of("Lena Brandt praised the new ferry timetable on Monday.\n“Who will pay for the "
                + "night crossings?” a narrator in the council's new advertisement asks.", PEOPLE);
        assertThat(x.speakerName("Who will pay for the night crossings?")).isNotEqualTo("Lena Brandt")
                .containsIgnoringCase("narrator");
    }

    @Test
    void aBoardThatWritesAfterTheQuotationStaysItsSpeaker() {
        Extraction x = Extraction.of("Ana Okafor wrote to the council about the harbour on Friday.\n“The harbour plan "
                + "is a gift to the developers,” the newspaper's editorial board writes.", PEOPLE);
        assertThat(x.speakerName("The harbour plan is a gift to the developers,")).isNotEqualTo("Ana Okafor")
                .containsIgnoringCase("board");
    }
}

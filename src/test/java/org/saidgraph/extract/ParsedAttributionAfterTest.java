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

    @Test
    void aWordOfTheQuotationIsNeverTheSubjectOfTheVerbAfterIt() {
        // The parse hangs "fares" (inside the quotation) on "said" as its subject and reads the person after the
        // verb as its object: the person, not the quotation's word and not the last speaker, says it.
        Extraction x = Extraction.of("Lena Brandt said the ferry would run again in June.\n\n“The fares, the delays, "
                + "all the old timetable trouble,” said a deckhand close to the ferry company. “It is a serious "
                + "problem.”", PEOPLE);
        assertThat(x.speakerName("The fares, the delays, all the old timetable trouble, … It is a serious problem."))
                .isNotEqualTo("Lena Brandt").containsIgnoringCase("deckhand close to the ferry company");
    }

    @Test
    void aTitleWhoseWordsAreJoinedByANoBreakSpaceIsNoStatementOfTheSubjectAfterIt() {
        Extraction x = Extraction.of("Lena Brandt said the ferry would run again in June.\n\nIn a talk about his new "
                + "stage show, “Songs for\u00a0Sailors,” the singer discussed the history of the harbour.", PEOPLE);
        assertThat(x.dataset().statements()).as("a title is not words someone said")
                .noneMatch(s -> s.text().contains("Sailors"));
        assertThat(TitleQuotes.titleCase("Songs for\u00a0Sailors")).isTrue();
    }
}

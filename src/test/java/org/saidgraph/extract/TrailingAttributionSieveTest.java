package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ", NOUN PHRASE said [time]{, | .}" after a clause attributes the clause to the phrase even where the parser hangs
 * the verb on the clause as a modifier ({@link TrailingAttributionSieve}, rule {@code verb-trailing}); the sentences
 * are invented, of the shapes PolNeAR's annotators attribute.
 */
class TrailingAttributionSieveTest {

    private static final ListTagger NOBODY = ListTagger.people();

    @Test
    void aTrailingAttributionAfterADatelineAndAnAppositionLikeNounStillNamesTheSpeaker() {
        Extraction x = Extraction.of("LISBON ― The mayor’s long feud with the harbour board is an insult to all "
                + "fishermen, senior city councillors said Friday afternoon, as they walked out of the hall.", NOBODY);
        Statement said = x.statement("The mayor’s long feud with the harbour board is an insult to all fishermen")
                .orElseThrow();
        assertThat(x.name(said.speaker())).containsIgnoringCase("councillors");
    }

    @Test
    void aTrailingToldWithItsHearerAndTimeNamesTheHeadOfTheSpeakersPhrase() {
        Extraction x = Extraction.of("The new ferry timetable will cost the island its tourist trade, the chamber of "
                + "commerce told the Gazette on Thursday.", NOBODY);
        Statement told = x.the("The new ferry timetable will cost the island its tourist trade");
        assertThat(x.name(told.speaker())).containsIgnoringCase("chamber");
    }

    @Test
    void aTrailingAttributionThatIsAQuotationIsLeftToTheQuotationSieves() {
        // The comma outside the quotation marks gives the shape; the quotation sieves attribute the words verbatim.
        Extraction x = Extraction.of("The vote is close. \"The harbour board has failed every fisherman in this "
                + "town\", the mayor said.", NOBODY);
        assertThat(x.dataset().statements()).isNotEmpty().allMatch(Statement::verbatim);
    }

    @Test
    void aChargeSomeoneDeniedAfterTheClauseIsNoTrailingAttribution() {
        Extraction x = Extraction.of("Ana Okafor said the harbour board had misled the island, a charge it denied.",
                ListTagger.people("Ana Okafor"));
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("the harbour board had misled the island")
                .noneMatch(t -> t.startsWith("Ana Okafor said"));
    }
}

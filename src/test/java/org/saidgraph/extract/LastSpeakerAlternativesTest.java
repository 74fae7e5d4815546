package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations that used to fall to the last speaker named before them: a roundup's line with a name and a colon after a
 * dash is that name's (rule {@code quote-name-colon}); so is the subject of an "as … put it" clause right before it
 * (rule {@code quote-as-name-put}); a title followed by its byline is no statement (filter {@code byline-title},
 * {@code BylineTitles}, which judges every quotation, not only those left to the last speaker).
 * The sentences are written for these tests.
 */
class LastSpeakerAlternativesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt", "Ana Okafor");

    @Test
    void aNameAndAColonAfterADashIsTheSpeakerOfTheQuotation() {
        Extraction x = Extraction.of("Lena Brandt said the ferry count was down again this year.\nThe turnout "
                + "question - Ana Okafor: “Fewer riders came out in the rain than in any spring we have counted.”",
                PEOPLE);
        assertThat(x.speakerName("Fewer riders came out in the rain than in any spring we have counted."))
                .isEqualTo("Ana Okafor");
    }

    @Test
    void aTitleFollowedByItsBylineIsNoStatement() {
        Extraction x = Extraction.of("Lena Brandt said the harbour would reopen in May.\nHARBOUR WATCH—“Ferry fares "
                + "set to double next spring,” by the Gazette's Tom Webb.", PEOPLE);
        assertThat(x.statement("Ferry fares set to double next spring,")).isEmpty();
    }

    @Test
    void theSubjectOfAnAsClauseRightBeforeTheQuotationIsItsSpeaker() {
        Extraction x = Extraction.of("Lena Brandt said the ferry count was down again this year.\nOr, as Ana Okafor "
                + "put it, “The boats are full of tourists and empty of commuters.”", PEOPLE);
        assertThat(x.speakerName("The boats are full of tourists and empty of commuters.")).isEqualTo("Ana Okafor");
    }
}

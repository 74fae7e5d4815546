package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations that used to fall to the last speaker named before them: a roundup's line with a name and a colon after a
 * dash is that name's (rule {@code quote-name-colon}; rule {@code quote-dash-name-colon} decides it before
 * {@code quote-colon-lead-in} reads the claim before the dash as a lead-in, and takes the first of two authors); so
 * is the subject of an "as … put it" clause right before it, a name the tagger missed too ("As Harbourwatch put it,")
 * (rule {@code quote-as-name-put}); a title followed by its byline is no statement (filter {@code byline-title},
 * {@code BylineTitles}, which judges every quotation, not only those left to the last speaker).
 * The sentences are written for these tests.
 */
class LastSpeakerAlternativesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt", "Ana Okafor", "Tom Webb", "Eli Park");

    @Test
    void aNameAndAColonAfterADashIsTheSpeakerOfTheQuotation() {
        Extraction x = Extraction.of("Lena Brandt said the ferry count was down again this year.\nThe turnout "
                + "question - Ana Okafor: “Fewer riders came out in the rain than in any spring we have counted.”",
                PEOPLE);
        assertThat(x.speakerName("Fewer riders came out in the rain than in any spring we have counted."))
                .isEqualTo("Ana Okafor");
    }

    @Test
    void aNameAfterTheDashOfAClaimInCapitalsIsTheSpeakerNotTheClaimsSubject() {
        // Rule quote-dash-name-colon: decided before quote-colon-lead-in, which took "Harbour" for the speaker.
        Extraction x = Extraction.of("Lena Brandt said the ferry count was down again this year.\nHARBOUR TOWNS "
                + "TURN AGAINST THE TOLL - Ana Okafor: “Every town on the bay has moved against the toll since May.”",
                PEOPLE);
        assertThat(x.speakerName("Every town on the bay has moved against the toll since May."))
                .isEqualTo("Ana Okafor");
    }

    @Test
    void theFirstOfTwoAuthorsAfterADashIsTheSpeaker() {
        Extraction x = Extraction.of("Lena Brandt said the ferry count was down again this year.\nRIDERS CARE MORE "
                + "ABOUT FARES THAN SPEED - Tom Webb and Eli Park: “We found that riders weigh the fare above the "
                + "length of the crossing.”", PEOPLE);
        assertThat(x.speakerName("We found that riders weigh the fare above the length of the crossing."))
                .isEqualTo("Tom Webb");
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

    @Test
    void aNameTheTaggerMissedIsStillTheSpeakerOfAnAsClauseWithAnIrregularVerb() {
        // Neither name is tagged (the test tagger knows only the four people): the capitalized subject is the name.
        Extraction x = Extraction.of("Lena Brandt said the ferry count was down again this year.\nAs Harbourwatch put "
                + "it, “The boats are full of tourists and empty of commuters.”\nAs the Gull Singers sang back in "
                + "the nineties, “The tide takes what the town forgets.”", PEOPLE);
        assertThat(x.speakerName("The boats are full of tourists and empty of commuters.")).isEqualTo("Harbourwatch");
        assertThat(x.speakerName("The tide takes what the town forgets.")).isEqualTo("Gull Singers");
    }
}

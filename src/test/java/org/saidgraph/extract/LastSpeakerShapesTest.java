package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations whose speaker was guessed wrong from the statements before them (session 26, helper qlast26): a party
 * label between the name and the verb after the quotation hid the attribution (rule party-label-gap,
 * {@link SpeakerAffiliation#withoutPartyLabel}); the last statement before a cueless quotation was a clause its
 * speaker reported from someone else, who is not the one still speaking (rule quote-last-outer-speaker,
 * {@link OuterSpeaker}); an article and an adjective before the name after the quotation hid the name from
 * {@link QuoteSieves.NameAndVerbAfter} (session 32). The sentences are written for these tests.
 */
class LastSpeakerShapesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt", "Ana Okafor", "Tom Reyes");

    @Test
    void aCuelessQuotationAfterAClauseNestedInAnothersGoesOnInTheOuterSpeakersVoice() {
        Extraction x = Extraction.of("Tom Reyes said the harbour would reopen in May.\nAna Okafor said that for years "
                + "some critics had been predicting the ferry would close, but this would not happen.\n\"The ferry is "
                + "the town's lifeline and it will keep running for as long as I hold this seat.\"", PEOPLE);
        assertThat(x.name(x.containing("The ferry is the town's lifeline").speaker())).isEqualTo("Ana Okafor");
    }

    @Test
    void aPartyLabelBetweenTheNameAndItsVerbStillNamesTheSpeakerOfTheQuotation() {
        Extraction x = Extraction.of("Lena Brandt said the ferry count was down again this year.\n\"She told us "
                + "that 'the seat is winnable and we will fight for it,'\" Rep. Ana Okafor (D-Ore.) said.", PEOPLE);
        assertThat(x.name(x.containing("the seat is winnable").speaker())).isEqualTo("Ana Okafor");
    }

    @Test
    void anArticleAndAnAdjectiveBeforeTheNameAfterAQuotationStillNameItsSpeaker() {
        Extraction x = Extraction.of("\"The ferry will run all winter,\" Lena Brandt said at the harbour.\n\"The "
                + "ferry has not run a single winter in ten years,\" an angry Ana Okafor bristled.", PEOPLE);
        assertThat(x.name(x.containing("has not run a single winter").speaker())).isEqualTo("Ana Okafor");
    }
}

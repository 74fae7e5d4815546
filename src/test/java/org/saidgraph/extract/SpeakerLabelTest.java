package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roundup's line names its speaker before a colon ({@link SpeakerLabelSieve}), also with a party label and the place
 * the words appeared between the name and the colon. Without them read, the quotation fell to the speaker of the line
 * before. The sentences are written for these tests.
 */
class SpeakerLabelTest {

    private static final ListTagger PEOPLE = ListTagger.people("Maria Lindqvist", "Owen Castellano", "Dana Whitcombe");

    private static final String ROUNDUP = "How lawmakers reacted\nHere is what they said.\n\n"
            + "Sen. Maria Lindqvist, Twitter: \"A fair deal for our coastal towns at last.\"\n\n"
            + "Rep. Owen Castellano, in a statement: \"This agreement gives away our fishing grounds.\"\n\n";

    @Test
    void aPartyLabelAndAMediumBeforeTheColonKeepTheLabelledSpeaker() {
        Extraction x = Extraction.of(ROUNDUP
                + "Gov. Dana Whitcombe (D), on local radio: \"I will read every page before I decide.\"", PEOPLE);
        assertThat(x.speakerName("I will read every page before I decide.")).isEqualTo("Dana Whitcombe");
        assertThat(x.speakerName("This agreement gives away our fishing grounds.")).isEqualTo("Owen Castellano");
    }

    @Test
    void aPartyLabelWithAStateIsReadToo() {
        Extraction x = Extraction.of(ROUNDUP
                + "Sen. Dana Whitcombe (R-Neb.): \"Nobody on the coast asked for this.\"", PEOPLE);
        assertThat(x.speakerName("Nobody on the coast asked for this.")).isEqualTo("Dana Whitcombe");
    }

    @Test
    void aSentenceWithAVerbBeforeTheColonIsNoLabel() {
        Extractor.Traced t = new Extractor(PEOPLE, Extraction.GAZETTEER).extractTraced(new ArticleInput(ROUNDUP
                + "Dana Whitcombe told the station on Monday: \"I will read every page.\"", "Test article", null,
                null, null, null), KnownEntities.none());
        Statement s = t.dataset().statements().stream().filter(x -> x.text().contains("I will read every page"))
                .findFirst().orElseThrow();
        assertThat(t.rules().get(s.id())).isNotEqualTo("speaker-label");
    }

    @Test
    void aTranscriptTurnIsNotCutAfterAQuotationInIt() {
        Extraction x = Extraction.of("Panel on the harbour vote\n\nMaria Lindqvist: Well, the harbour is doing fine.\n\n"
                + "Owen Castellano: Calling it ‘harbour speculation’ — everybody pictures something different by that."
                + "\n\nMaria Lindqvist: Speculation is not a crime.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("harbour speculation") && t.contains("pictures something different"));
    }

    @Test
    void aDescriptionOfTheSpeakerBetweenNameAndColonKeepsTheLabelledSpeaker() {
        Extraction x = Extraction.of(ROUNDUP
                + "Dana Whitcombe, harbour commission chair: \"The vote came two years too late.\"\n\n"
                + "Prof. Maria Lindqvist, Lakeside University: \"Both sides will claim this one.\"", PEOPLE);
        assertThat(x.speakerName("The vote came two years too late.")).isEqualTo("Dana Whitcombe");
        assertThat(x.speakerName("Both sides will claim this one.")).isEqualTo("Maria Lindqvist");
    }

    @Test
    void aLabelNamingNobodyKnownDoesNotPassItsQuotationToTheSpeakerBefore() {
        Extraction x = Extraction.of(ROUNDUP
                + "The Coastal Courier, editorial: \"Neither side has read the agreement it praises.\"", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("Neither side has read")
                && x.name(s.speaker()).equals("Owen Castellano"));
    }

    @Test
    void aRelativeClauseAfterTheNameIsNoDescriptionLabel() {
        Extractor.Traced t = new Extractor(PEOPLE, Extraction.GAZETTEER).extractTraced(new ArticleInput(ROUNDUP
                + "Dana Whitcombe, whose memoir is called \"Tides: A Life\", spoke first. She said: \"The harbour is "
                + "our future.\"", "Test article", null, null, null, null), KnownEntities.none());
        assertThat(t.dataset().statements()).filteredOn(s -> s.span().start() > ROUNDUP.length())
                .noneMatch(s -> "speaker-label".equals(t.rules().get(s.id())));
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules added from the PolNeAR error analysis: where a reported clause ends and the reporter's narration begins
 * (spans running on into the reporter's own sentence), and quotations whose speaker a lead-in or a verb outside the
 * speech lexicon gives (rather than the last speaker). The sentences are written for these tests.
 */
class PolnearRulesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aClauseEndsBeforeButWithANewSubjectAndVerb() {
        Extraction x = Extraction.of("Ana Okafor said the harbour plan would pass easily, but the council rejected "
                + "it on Tuesday.", PEOPLE);
        assertThat(x.speakerName("the harbour plan would pass easily")).isEqualTo("Ana Okafor");
    }

    @Test
    void aClauseEndsBeforeTheSpeakersNextActJoinedByAnd() {
        Extraction x = Extraction.of("Lena Brandt insisted the depot must stay open, and has campaigned for a new "
                + "roof ever since.", PEOPLE);
        assertThat(x.speakerName("the depot must stay open")).isEqualTo("Lena Brandt");
    }

    @Test
    void aListInsideTheClauseIsNotABreak() {
        Extraction x = Extraction.of("Ana Okafor said the town needs buses, trams, and a new bridge over the river.",
                PEOPLE);
        assertThat(x.speakerName("the town needs buses, trams, and a new bridge over the river"))
                .isEqualTo("Ana Okafor");
    }

    @Test
    void aQuotationAfterALeadInEndingInAColonIsTheLeadInSubjects() {
        Extraction x = Extraction.of("Lena Brandt said the vote on the ferry was close.\nAs Ana Okafor put it: "
                + "“The harbour belongs to everyone in this town.”", PEOPLE);
        assertThat(x.speakerName("The harbour belongs to everyone in this town.")).isEqualTo("Ana Okafor");
    }

    @Test
    void aNameAndAnyVerbRightAfterAQuotationAttributeIt() {
        Extraction x = Extraction.of("Lena Brandt said the vote on the ferry was close.\n“Nobody here reads the "
                + "minutes anyway,” Ana Okafor scoffed.", PEOPLE);
        assertThat(x.speakerName("Nobody here reads the minutes anyway,")).isEqualTo("Ana Okafor");
    }
}

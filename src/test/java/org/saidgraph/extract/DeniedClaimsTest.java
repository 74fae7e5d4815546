package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Which claim a denial denies: only one the text ties it to (invented sentences). */
class DeniedClaimsTest {

    @Test
    void aDenialRightAfterAnotherSpeakersClaimDeniesIt() {
        Extraction x = Extraction.of("Ivan Sokolov claimed that the mayor had fled.\n"
                + "Anna Lysenko denied that she had left the city.", ListTagger.people("Ivan Sokolov", "Anna Lysenko"));
        Statement denial = x.the("she had left the city");
        assertThat(denial.act()).isEqualTo("denial");
        assertThat(denial.denies()).hasSize(1);
        assertThat(x.name(x.byId(denial.denies().get(0)).speaker())).isEqualTo("Ivan Sokolov");
    }

    @Test
    void aDenialSharingNothingWithAnEarlierClaimFourStatementsUpDeniesNothing() {
        Extraction x = Extraction.of("Carla Mendes claimed that cargo volumes fell by a tenth last year.\n"
                + "Tomas Brandt said the strike would go on. "
                + "Tomas Brandt said the dockers had voted twice. "
                + "Tomas Brandt said the pay offer was an insult.\n"
                + "Tomas Brandt denied that the union had been offered a compromise.",
                ListTagger.people("Carla Mendes", "Tomas Brandt"));
        Statement denial = x.the("the union had been offered a compromise");
        assertThat(denial.act()).isEqualTo("denial");
        assertThat(denial.denies()).isEmpty();
    }

    @Test
    void aDenialInTheLedeDeniesTheLaterClaimThatNamesTheSamePerson() {
        Extraction x = Extraction.of("Rosa Ferreira has denied reports that she met Pavel Orlov in Geneva.\n"
                + "Ivan Sokolov said the city council would meet on Monday.\n"
                + "Dmitri Volkov claimed that Ferreira had dined with Pavel Orlov twice.",
                ListTagger.people("Rosa Ferreira", "Pavel Orlov", "Ivan Sokolov", "Dmitri Volkov"));
        Statement denial = x.dataset().statements().stream().filter(s -> s.act().equals("denial")).findFirst()
                .orElseThrow();
        assertThat(denial.denies()).hasSize(1);
        assertThat(x.name(x.byId(denial.denies().get(0)).speaker())).isEqualTo("Dmitri Volkov");
    }

    @Test
    void aDenialThatNamesTheClaimantDeniesThatClaimantsClaimNotANearerOne() {
        Extraction x = Extraction.of("Dmitri Volkov claimed that the bridge contract had been rigged.\n"
                + "Ivan Sokolov claimed that turnout had been low in the east.\n"
                + "Rosa Ferreira denied the accusation by Volkov in a statement on Friday.",
                ListTagger.people("Dmitri Volkov", "Ivan Sokolov", "Rosa Ferreira"));
        Statement denial = x.dataset().statements().stream().filter(s -> s.act().equals("denial")).findFirst()
                .orElseThrow();
        assertThat(denial.denies()).hasSize(1);
        assertThat(x.name(x.byId(denial.denies().get(0)).speaker())).isEqualTo("Dmitri Volkov");
    }

    @Test
    void aDenialOfThatClaimDeniesTheQuotationRightBeforeItWhateverItsAct() {
        Extraction x = Extraction.of("Priya Dunmore accused the shop owners of spreading fear. “No shop on this "
                + "street has ever closed because of a bus lane,” Dunmore said.\nDeclan Forsyth rejected that claim.",
                ListTagger.people("Priya Dunmore", "Declan Forsyth"));
        Statement quoted = x.the("No shop on this street has ever closed because of a bus lane,");
        assertThat(quoted.act()).as("a quotation, not a claim by act").isNotEqualTo("claim");
        Statement denial = x.dataset().statements().stream().filter(s -> s.act().equals("denial")).findFirst()
                .orElseThrow();
        assertThat(x.name(denial.speaker())).isEqualTo("Declan Forsyth");
        assertThat(denial.denies()).containsExactly(quoted.id());
    }

    @Test
    void aDenialOfReportsItNamesIsNotTiedToTheClaimJustBeforeIt() {
        Extraction x = Extraction.of("Carla Mendes claimed that the first stretch would open in September. "
                + "Tomas Brandt said the authority would pay half of the cost. He denied reports that the authority "
                + "had threatened to cut the route.", ListTagger.people("Carla Mendes", "Tomas Brandt"));
        Statement denial = x.the("reports that the authority had threatened to cut the route");
        assertThat(denial.act()).isEqualTo("denial");
        assertThat(denial.denies()).isEmpty();
    }

    @Test
    void aQuotationOpenedByASpeechParticipleAfterTheDenialIsTheParticiplesAndTheReportsAreWhatWasDenied() {
        Extraction x = Extraction.of("In Kyiv, adviser Marko Dovhan dismissed the conditions as \"an ultimatum, not a "
                + "proposal.\" He denied reports that Ukraine had considered a freeze along the current front line, "
                + "calling them \"pure fiction.\"", ListTagger.people("Marko Dovhan"));
        Statement denial = x.the("reports that Ukraine had considered a freeze along the current front line");
        assertThat(denial.act()).isEqualTo("denial");
        assertThat(x.dataset().statements()).filteredOn(s -> s.text().contains("pure fiction")).hasSize(1)
                .allSatisfy(s -> assertThat(s.text()).doesNotContain("freeze"));
    }
}

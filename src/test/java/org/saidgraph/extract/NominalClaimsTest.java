package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims inside a noun phrase ("claims by the union that …", "the governor's claim that …") are statements of their
 * holder, and a denial whose words name one denies it: "who denied whose claim?". Outside a denial, a holder named by
 * a by- or from-phrase makes the noun's clause a statement, even in a sentence without a speech verb (invented
 * sentences).
 */
class NominalClaimsTest {

    @Test
    void aClaimByTheUnionThatTheMinisterRejectedIsTheUnionsClaimAndTheRejectionDeniesIt() {
        Extraction x = Extraction.of("The minister rejected claims by the dockworkers' union that the tariff would "
                + "cost 2,000 jobs.", ListTagger.people());
        Statement claim = x.the("the tariff would cost 2,000 jobs");
        assertThat(claim.act()).isEqualTo("claim");
        assertThat(x.name(claim.speaker())).containsIgnoringCase("union");
        assertThat(claim.reportedBy()).as("the minister denies the claim, she does not relay it").isEmpty();
        Statement denial = theDenial(x);
        assertThat(x.name(denial.speaker())).containsIgnoringCase("minister");
        assertThat(denial.denies()).containsExactly(claim.id());
    }

    @Test
    void aClaimClauseTheParserHangsOnTheHolderStillSaysWhatTheHolderClaimed() {
        Extraction x = Extraction.of("The governor of Norland, Pieter Vos, on Tuesday rejected claims by the regional "
                + "farmers' association that the new dam on the river would dry out 40,000 hectares of farmland.",
                ListTagger.people("Pieter Vos"));
        Statement claim = x.the("the new dam on the river would dry out 40,000 hectares of farmland");
        assertThat(x.name(claim.speaker())).isEqualTo("Regional farmers' association");
        assertThat(theDenial(x).denies()).containsExactly(claim.id());
    }

    @Test
    void aDenialOfTheGovernorsClaimDeniesTheClaimItNamesThoughItComesAfterTheDenial() {
        Extraction x = Extraction.of("The mayor dismissed the governor's claim that the bridge was unsafe.",
                ListTagger.people());
        Statement claim = x.the("the bridge was unsafe");
        assertThat(x.name(claim.speaker())).isEqualToIgnoringCase("governor");
        Statement denial = theDenial(x);
        assertThat(denial.denies()).containsExactly(claim.id());
    }

    @Test
    void hisClaimIsTheClaimOfThePersonHisStandsFor() {
        Extraction x = Extraction.of("Ivan Sokolov spoke in Kyiv on Monday.\n"
                        + "Anna Lysenko later rejected his claim that the grain deal had collapsed.",
                ListTagger.people("Ivan Sokolov", "Anna Lysenko"));
        Statement claim = x.the("the grain deal had collapsed");
        assertThat(x.name(claim.speaker())).isEqualTo("Ivan Sokolov");
        Statement denial = theDenial(x);
        assertThat(x.name(denial.speaker())).isEqualTo("Anna Lysenko");
        assertThat(denial.denies()).containsExactly(claim.id());
    }

    @Test
    void aClaimWithNoHolderNamedIsNoOnesStatement() {
        Extraction x = Extraction.of("The minister rejected claims that the tariff would cost 2,000 jobs.",
                ListTagger.people());
        assertThat(x.statement("the tariff would cost 2,000 jobs")).isEmpty();
    }

    @Test
    void criticismFromAUnionThatNoSpeechVerbCarriesIsTheUnionsStatement() {
        Extraction x = Extraction.of("The tariff plan drew criticism from the dockworkers' union that the new levy "
                + "would cost 2,000 jobs in the port.", ListTagger.people());
        Statement criticism = x.the("the new levy would cost 2,000 jobs in the port");
        assertThat(x.name(criticism.speaker())).containsIgnoringCase("union");
        assertThat(criticism.act()).isEqualTo("criticism");
        assertThat(criticism.reportedBy()).isEmpty();
    }

    @Test
    void aReportByANewspaperThatTheMayorSoldTheLandIsTheNewspapersStatement() {
        Extraction x = Extraction.of("Then on Friday came a report by the Harbour Gazette that the mayor had sold "
                + "the old ferry terminal to his brother-in-law.",
                new ListTagger(java.util.Map.of("Harbour Gazette", "ORGANIZATION")));
        Statement report = x.the("the mayor had sold the old ferry terminal to his brother-in-law");
        assertThat(x.name(report.speaker())).isEqualTo("Harbour Gazette");
    }

    @Test
    void anAccusationsPurposeInfinitiveIsNotWhatWasAccused() {
        Extraction x = Extraction.of("Rivals dredged up accusations from his first term to attack the governor in "
                + "the final week.", ListTagger.people());
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("to attack the governor"));
    }

    @Test
    void aPossessedClaimOutsideADenialIsNotReadAsAStatement() {
        Extraction x = Extraction.of("The fund manager's claim that the losses were temporary drew laughter in the "
                + "hall.", ListTagger.people());
        assertThat(x.statement("the losses were temporary")).isEmpty();
    }

    private static Statement theDenial(Extraction x) {
        return x.dataset().statements().stream().filter(s -> s.act().equals("denial")).findFirst().orElseThrow();
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers described rather than named, and cues read too widely, found by running an article written for the purpose
 * (a dam dispute; the sentences are invented) through {@code extract}.
 */
class DescribedOrganizationsTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Tomas Berg", "PERSON", "Dravo Group",
            "ORGANIZATION", "Estavia", "LOCATION"));

    @Test
    void aSpokesmanForAnOrganizationNamedInAppositionSpeaksForThatOrganizationByName() {
        Extraction x = Extraction.of("A spokesman for the construction company, Dravo Group, said the dam was fully "
                + "licensed.", NAMES);
        assertThat(x.speakerName("the dam was fully licensed")).isEqualTo("Spokesman for Dravo Group");
    }

    @Test
    void theCompanyRefersBackToTheOrganizationTheArticleDescribedAsACompany() {
        Extraction before = Extraction.of("A spokesman for the construction company, Dravo Group, said the dam was "
                + "fully licensed. According to the company, the reservoir will be filled by 2028.", NAMES);
        assertThat(before.speakerName("the reservoir will be filled by 2028")).isEqualTo("Dravo Group");
        Extraction after = Extraction.of("Dravo Group, a construction company based in the north, won the contract "
                + "last year. The company said the dam would be finished on time.", NAMES);
        assertThat(after.speakerName("the dam would be finished on time")).isEqualTo("Dravo Group");
    }

    @Test
    void anOrganizationNounWithNoOrganizationDescribedSoStaysASpeakerOfItsOwn() {
        Extraction x = Extraction.of("Tomas Berg spoke first. The company said the dam would be finished on time.",
                NAMES);
        assertThat(x.speakerName("the dam would be finished on time")).isEqualTo("Company");
    }

    @Test
    void aPossessivePronounOpeningASentenceIsNoPartOfAnInstitutionsName() {
        Extraction x = Extraction.of("Estavia warned that it would take the matter to the water commission. Its "
                + "foreign ministry said in a statement that Estavia would not accept the dam.", NAMES);
        assertThat(x.speakerName("Estavia would not accept the dam")).isEqualTo("Foreign ministry");
        assertThat(x.dataset().entities()).noneMatch(e -> e.name().startsWith("Its "));
    }

    @Test
    void aClauseTheParserHangsBeforeAVerbIsNotWhatTheVerbReportsUnlessSetOffFromIt() {
        Extraction x = Extraction.of("A spokesman for the construction company, Dravo Group, said the dam was fully "
                + "licensed and that work would continue as planned.", NAMES);
        assertThat(x.dataset().statements()).hasSize(1);
        Extraction quoted = Extraction.of("A spokesman for the construction company, Dravo Group, said the dam was "
                + "\"fully licensed\" and that work would continue as planned.", NAMES);
        assertThat(quoted.dataset().statements()).hasSize(1);
        assertThat(quoted.dataset().entities()).noneMatch(e -> e.name().equalsIgnoreCase("work"));
        assertThat(x.dataset().entities()).noneMatch(e -> e.name().equalsIgnoreCase("work"));
    }

    @Test
    void callingSomethingANameIsAStatementAndCallingForSomethingADemand() {
        Extraction x = Extraction.of("Tomas Berg called the project a gift to one company. Tomas Berg calls for an "
                + "independent inquiry into the licence.", NAMES);
        assertThat(x.the("the project a gift to one company").act()).isEqualTo("statement");
        assertThat(x.the("an independent inquiry into the licence").act()).isEqualTo("demand");
    }
}

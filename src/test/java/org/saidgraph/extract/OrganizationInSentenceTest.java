package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code organization-in-sentence} ({@link OrganizationNamedAs#inSentence}): "the company" attributing the clause
 * before it is the organization whose name opens that clause as its subject, when the sentence names no other. The
 * sentences are invented for these tests.
 */
class OrganizationInSentenceTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Norvane Freight", "ORGANIZATION",
            "Calder Shipping", "ORGANIZATION", "Tacoma", "LOCATION"));

    @Test
    void theCompanyAfterItsOwnNewsIsTheCompanyNamedAsItsSubject() {
        Extraction x = Extraction.of("Norvane Freight will cut 200 jobs at its Tacoma terminal, the company said "
                + "Thursday.", NAMES);
        assertThat(x.speakerName("Norvane Freight will cut 200 jobs at its Tacoma terminal"))
                .isEqualTo("Norvane Freight");
    }

    @Test
    void anInvertedAttributionIsReadTheSameWay() {
        Extraction x = Extraction.of("The Norvane Freight board will meet in March, said the company.", NAMES);
        assertThat(x.speakerName("The Norvane Freight board will meet in March")).isNotEqualTo("Norvane Freight");
        Extraction y = Extraction.of("Norvane Freight will close the terminal in March, said the company.", NAMES);
        assertThat(y.speakerName("Norvane Freight will close the terminal in March")).isEqualTo("Norvane Freight");
    }

    @Test
    void aSentenceNamingTwoOrganizationsLeavesTheDescriptionItsOwn() {
        Extraction x = Extraction.of("Norvane Freight will sell the terminal to Calder Shipping, the company said.",
                NAMES);
        assertThat(x.speakerName("Norvane Freight will sell the terminal to Calder Shipping"))
                .isNotIn("Norvane Freight", "Calder Shipping");
    }

    @Test
    void anOrganizationThatIsNotTheSubjectIsNotTheSpeaker() {
        Extraction x = Extraction.of("Regulators fined Norvane Freight on Monday, the agency said.", NAMES);
        assertThat(x.speakerName("Regulators fined Norvane Freight on Monday")).isNotEqualTo("Norvane Freight");
    }
}

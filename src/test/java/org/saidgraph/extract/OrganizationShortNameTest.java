package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule organization-short-name: a one-word name that begins an organization's name named before it is that
 * organization, even where the tagger calls it a person, unless a person of the article bears that name; a generic
 * first word ("House", "National") never is (the sentences are invented for these tests).
 */
class OrganizationShortNameTest {

    @Test
    void theShortNameIsTheCompanyNotAPersonOfItsOwn() {
        ListTagger tagger = new ListTagger(Map.of("Norvane Semiconductor", "ORGANIZATION", "Norvane", "PERSON",
                "Ingrid Solberg", "PERSON"));
        Extraction x = Extraction.of("Norvane Semiconductor opened its plant on Monday. Norvane said it had hired "
                + "two hundred workers.", tagger);
        assertThat(x.name(x.containing("it had hired two hundred workers").speaker()))
                .isEqualTo("Norvane Semiconductor");
    }

    @Test
    void aPersonWhoBearsTheNameKeepsIt() {
        ListTagger tagger = new ListTagger(Map.of("Halden Logistics", "ORGANIZATION", "Halden", "PERSON",
                "Tom Halden", "PERSON"));
        Extraction x = Extraction.of("Tom Halden founded Halden Logistics in 1990. Halden said the firm would "
                + "grow.", tagger);
        assertThat(x.name(x.containing("the firm would grow").speaker())).isEqualTo("Tom Halden");
    }

    @Test
    void aGenericFirstWordIsNoShortName() {
        ListTagger tagger = new ListTagger(Map.of("National Harbor Council", "ORGANIZATION", "National",
                "ORGANIZATION"));
        Extraction x = Extraction.of("The National Harbor Council met on Monday. National said the dock would "
                + "close.", tagger);
        assertThat(x.name(x.containing("the dock would close").speaker())).isNotEqualTo("National Harbor Council");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Entity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code masthead-not-place} (in {@link EntityLinker}, words in {@code masthead-words.tsv}): a name the tagger
 * calls a place but that ends in a newspaper's word is the newspaper, an organization, and speaks for itself rather
 * than through a town government. The sentences are invented for these tests.
 */
class MastheadNotPlaceTest {

    @Test
    void aNewspaperTaggedAsAPlaceIsAnOrganization() {
        Extraction x = Extraction.of("The Salterville Ledger reported on Sunday that the governor had met growers "
                + "twice in May.", new ListTagger(Map.of("Salterville Ledger", "LOCATION")));
        assertThat(x.speakerName("the governor had met growers twice in May")).isEqualTo("Salterville Ledger");
        Entity ledger = x.dataset().entities().stream().filter(e -> e.name().equals("Salterville Ledger"))
                .findFirst().orElseThrow();
        assertThat(ledger.type()).isEqualTo(org.saidgraph.dataset.EntityType.ORGANIZATION);
    }

    @Test
    void aPlaceNotEndingInANewspapersWordStaysAPlace() {
        Extraction x = Extraction.of("Salterville said on Sunday that the governor had met growers twice in May.",
                new ListTagger(Map.of("Salterville", "LOCATION")));
        assertThat(x.speakerName("the governor had met growers twice in May")).isNotEqualTo("Salterville");
    }
}

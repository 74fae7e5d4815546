package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step nonfinite-conjunct ({@link NonFiniteConjunct}): a verb in base form or a gerund coordinated with the head of a
 * reported clause goes on with that clause when the speech verb is finite. The sentences are invented for these
 * tests.
 */
class NonFiniteConjunctTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aBaseFormConjunctSharesTheClausesModal() {
        Extraction x = Extraction.of("Lena Brandt says she would call the ferry company and tell its owners to "
                + "restore the night crossing.", PEOPLE);
        assertThat(x.containing("she would call the ferry company").text())
                .contains("tell its owners to restore the night crossing");
    }

    @Test
    void aGerundSpeechVerbStillEndsItsFirstClause() {
        Extraction x = Extraction.of("Ana Okafor fired back with a letter saying she would not sign the budget and "
                + "warning that the council had broken its word.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("sign the budget and warning"));
    }
}

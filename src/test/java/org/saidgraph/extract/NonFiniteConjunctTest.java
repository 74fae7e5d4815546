package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step nonfinite-conjunct ({@link NonFiniteConjunct}): a verb in base form or a gerund coordinated with the head of a
 * reported clause goes on with that clause when the speech verb is finite, even when the conjunct is a speech verb
 * with a statement of its own. The sentences are invented for these tests.
 */
class NonFiniteConjunctTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aBaseFormConjunctSharesTheClausesModal() {
        Extraction x = Extraction.of("Lena Brandt says she would meet the harbour master and tell him that the night "
                + "crossing must return.", PEOPLE);
        assertThat(x.containing("she would meet the harbour master").text())
                .contains("and tell him that the night crossing must return");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step {@link ClauseThenQuotation}: a reported clause that ends its sentence, then a quotation with no cue of its
 * own in the same paragraph, given to the same speaker, are one statement in two parts; not when the clause is the
 * reporter's aside after another quotation. The sentences are invented for these tests.
 */
class ClauseThenQuotationTest {

    private static final ListTagger PEOPLE = ListTagger.people("Hugh Hill", "Ana Okafor");

    @Test
    void aReportedClauseAndTheCuelessQuotationAfterItAreOneStatement() {
        Extraction x = Extraction.of("The pier will close for the summer. Ana Okafor said the repair budget was far "
                + "too small for the harbour. “We will need twice as much money next year.”", PEOPLE);
        assertThat(x.dataset().statements()).singleElement().satisfies(s -> {
            assertThat(s.text()).startsWith("the repair budget was far too small for the harbour")
                    .contains(Statement.PART_JOINER).contains("We will need twice as much money next year");
            assertThat(s.verbatim()).isFalse();
        });
    }

    @Test
    void aClauseAfterAnotherQuotationsAttributionIsAnAsideAndStaysApart() {
        Extraction x = Extraction.of("The pier will close for the summer. “We have no money left for repairs,” Ana "
                + "Okafor said, adding that the levy would rise in June. “The pier is older than the town itself.”",
                PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("levy") && t.contains("older than the town"));
    }
}

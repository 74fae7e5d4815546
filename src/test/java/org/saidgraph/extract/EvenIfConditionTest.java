package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inner break even-if-condition: ", even if …" after a reported clause is the speaker's condition on what they said and
 * stays in the statement; other concessions still end it (the sentences are invented for this test).
 */
class EvenIfConditionTest {

    private static final ListTagger PEOPLE = ListTagger.people("Tomas Ferreira");

    @Test
    void aConditionAfterTheClauseStaysInWhatWasSaid() {
        Extraction x = Extraction.of("Tomas Ferreira said the ferry to Alden Point would keep running all winter, even "
                + "if the county cut its grant.", PEOPLE);
        assertThat(x.containing("the ferry to Alden Point").text()).endsWith("even if the county cut its grant");
    }

    @Test
    void aConcessionOfTheReporterStillEndsTheClause() {
        Extraction x = Extraction.of("Tomas Ferreira said the ferry to Alden Point would keep running all winter, even "
                + "as the county weighed its budget.", PEOPLE);
        assertThat(x.containing("the ferry to Alden Point").text()).endsWith("running all winter");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "warned it would double the costs": the parser makes "it" the object of "warned", a hearer skipped before the
 * reported clause; "it" is no one's hearer, so it opens the clause (step it-opens-clause). The sentences are written
 * for these tests.
 */
class ItIsNoHearerTest {

    private static final ListTagger PEOPLE = ListTagger.people("Petr Hale");

    @Test
    void itAfterASpeechVerbIsTheSubjectOfTheReportedClause() {
        Extraction x = Extraction.of("Farmers warned it would double their transport costs.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(s -> s.text())
                .contains("it would double their transport costs");
    }

    @Test
    void aHearerBeforeTheClauseIsStillSkipped() {
        Extraction x = Extraction.of("Petr Hale warned them it would double their transport costs.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(s -> s.text())
                .contains("it would double their transport costs");
    }
}

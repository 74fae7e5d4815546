package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code enclosing-clause-end} ({@link EnclosingClauseEnd}): a clause reported from a speech verb that stands
 * deep inside a fronted clause ends with that clause, before the comma that leads to the sentence's main verb. The
 * sentences are invented for these tests.
 */
class EnclosingClauseEndTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aClauseReportedInsideAFrontedClauseEndsBeforeTheMainClause() {
        Extraction x = Extraction.of("While Ana Okafor has spent the week telling voters that the ferry is safe, "
                + "the harbour board remains worried about the storms.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.endsWith("the ferry is safe"))
                .noneMatch(t -> t.contains("harbour board"));
    }

    @Test
    void aClauseReportedInARelativeClauseOfAFrontedPhraseEndsThere() {
        Extraction x = Extraction.of("In a year in which Lena Brandt has praised the budget and promised to repair "
                + "every bridge, the council has run on thrift.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.endsWith("to repair every bridge"))
                .noneMatch(t -> t.contains("thrift"));
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code closing-comparison} of {@link ReportedSpanBounds}: a reported clause or object that closes with the
 * reporter's comparison of its figure (", well above …", ", up from …", ", fewer than …") ends before the comma.
 * The sentences are invented for these tests.
 */
class ClosingComparisonTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aReportedFigureEndsBeforeTheYardstickAfterAComma() {
        Extraction x = Extraction.of("Lena Brandt said the bakery sold 400 loaves on Sunday, well above the 250 "
                + "its owners had planned for.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.endsWith("sold 400 loaves on Sunday"))
                .noneMatch(t -> t.contains("well above"));
    }

    @Test
    void aChangeFromAnEarlierFigureIsTheReportersToo() {
        Extraction x = Extraction.of("Ana Okafor said the club now has 90 members, up sharply from 35 when it "
                + "opened its doors.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("up sharply from"));
    }

    @Test
    void aComparativeWithThanClosesTheStatementToo() {
        Extraction x = Extraction.of("Ana Okafor said the fair drew 3,000 visitors, fewer than half the crowd of "
                + "the summer before.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.endsWith("drew 3,000 visitors"))
                .noneMatch(t -> t.contains("fewer than"));
    }
}

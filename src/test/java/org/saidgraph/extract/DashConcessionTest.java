package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code dash-concession} ({@link DashConcession}): a concession the reporter sets off with a dash at the end of
 * a reported clause is not part of what was said; a dash pair inside the clause is an aside that stays. The
 * sentences are invented for these tests.
 */
class DashConcessionTest {

    private static final ListTagger PEOPLE = ListTagger.people("Mara Velez", "Tomas Lind");

    @Test
    void aClauseEndsBeforeADashAndThough() {
        Extraction x = Extraction.of("Mara Velez said the ferry would run all winter – though the harbour board has "
                + "not agreed to pay for it.", PEOPLE);
        assertThat(x.speakerName("the ferry would run all winter")).isEqualTo("Mara Velez");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("harbour board"));
    }

    @Test
    void aClauseEndsBeforeADashAndEvenAs() {
        Extraction x = Extraction.of("Tomas Lind insisted that the mill would stay open -- even as the owners moved "
                + "their orders abroad.", PEOPLE);
        assertThat(x.speakerName("the mill would stay open")).isEqualTo("Tomas Lind");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("owners"));
    }

    @Test
    void aConcessionBetweenTwoDashesStays() {
        Extraction x = Extraction.of("Mara Velez said the old ferry – though slow and cramped – would run all winter "
                + "on the northern route.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("would run all winter"));
    }

    @Test
    void onlyThoughAndAlthoughOpenIt() {
        assertThat(SpanBoundWords.of("dash-concession", "opener")).contains("though", "although")
                .doesNotContain("while", "despite");
        assertThat(SpanBoundWords.of("dash-concession", "after-even")).contains("though", "as")
                .doesNotContain("if");
    }
}

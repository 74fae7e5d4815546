package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ClauseInnerBreaks}: a verbless concession between commas and the semicolons of a series closed by "; and"
 * stand inside a reported clause, which runs on past them; a concession with its own verb and a series of clauses
 * still end it. The sentences are invented for these tests.
 */
class ClauseInnerBreaksTest {

    private static final ListTagger PEOPLE = ListTagger.people("Mara Velez", "Tomas Lind");

    @Test
    void aVerblessConcessionBetweenCommasKeepsTheClauseWhole() {
        Extraction x = Extraction.of("Mara Velez said the new harbour master, though young, had handled the storm "
                + "with great care.", PEOPLE);
        assertThat(x.containing("had handled the storm").text()).contains("harbour master, though young");
        assertThat(x.name(x.containing("had handled the storm").speaker())).isEqualTo("Mara Velez");
    }

    @Test
    void aConcessionWithItsOwnVerbStillEndsTheClause() {
        Extraction x = Extraction.of("Mara Velez said the pier was safe, although the engineers had not finished "
                + "their survey.", PEOPLE);
        assertThat(x.speakerName("the pier was safe")).isEqualTo("Mara Velez");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("engineers"));
    }

    @Test
    void aSemicolonSeriesClosedByAndStaysInTheClause() {
        Extraction x = Extraction.of("Tomas Lind said the valley towns lacked a clinic for their children; a bus "
                + "route to the coast; and a school large enough for every family.", PEOPLE);
        assertThat(x.containing("lacked a clinic").text()).contains("a school large enough");
    }

    @Test
    void aSeriesOfClausesStillEndsAtTheFirstSemicolon() {
        Extraction x = Extraction.of("Tomas Lind said the plan was sound; the council rejected it; and the mayor "
                + "stayed silent.", PEOPLE);
        assertThat(x.speakerName("the plan was sound")).isEqualTo("Tomas Lind");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("mayor"));
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code outer-predicate} ({@link OuterPredicate}): a clause reported inside a relative clause ends before the
 * comma that leads back to the outer sentence's own verb; an apposition inside the clause keeps the verb after it.
 * The sentences are invented for these tests.
 */
class OuterPredicateTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aReportedClauseEndsBeforeTheOuterVerb() {
        Extraction x = Extraction.of("Ana Okafor, who said the ferry would run all winter, cancelled the service in "
                + "May.", PEOPLE);
        assertThat(x.speakerName("the ferry would run all winter")).isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("cancelled"));
    }

    @Test
    void anAdverbBeforeTheOuterVerbEndsItToo() {
        Extraction x = Extraction.of("Lena Brandt, who announced that she would not seek a second term, later changed "
                + "her mind about the race.", PEOPLE);
        assertThat(x.speakerName("she would not seek a second term")).isEqualTo("Lena Brandt");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("changed"));
    }

    @Test
    void anAppositionInsideTheClauseKeepsItsVerb() {
        Extraction x = Extraction.of("Ana Okafor said that the council, a body of nine members, has voted against the "
                + "harbour plan.", PEOPLE);
        assertThat(x.containing("has voted against the harbour plan").text()).contains("the council");
    }
}

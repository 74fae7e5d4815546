package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ClauseOwnConjunct#otherTense}: a verb coordinated without a subject of its own, in another tense than the
 * speech verb, goes on with the reported clause ("says she met … and asked …"); one in the speech verb's tense is
 * still the speaker's next act. The sentences are invented for these tests.
 */
class OtherTenseConjunctTest {

    private static final ListTagger PEOPLE = ListTagger.people("Mara Velez", "Tomas Lind");

    @Test
    void aPastConjunctAfterSaysStaysInTheClause() {
        Extraction x = Extraction.of("Mara Velez says she spoke to the harbour master and asked him to reopen the "
                + "pier no matter what it costs.", PEOPLE);
        assertThat(x.containing("she spoke to the harbour master").text()).contains("asked him to reopen");
    }

    @Test
    void aPastConjunctCoordinatedWithSaysStaysInTheClause() {
        Extraction x = Extraction.of("Tomas Lind says the board started selling the land last year and stopped the "
                + "sale in March after the mayor objected.", PEOPLE);
        assertThat(x.containing("started selling the land").text()).contains("stopped the sale");
    }

    @Test
    void aConjunctInTheSpeechVerbsTenseStillEndsTheClause() {
        Extraction x = Extraction.of("Mara Velez said the pier was unsafe and warned the council against opening "
                + "it.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("unsafe") && t.contains("warned"));
    }

    @Test
    void aSpeechVerbWithAClauseOfItsOwnIsNotPartOfTheReportedClause() {
        Extraction x = Extraction.of("Tomas Lind's aides say it is too early to talk about the port budget but noted "
                + "that the council approved the first payment in May.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("too early") && t.contains("approved"));
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step {@code clause-own-conjunct} ({@link ClauseOwnConjunct}): a verb without a subject of its own, coordinated with
 * a finite reported clause, goes on with what was said unless it is a speech verb. The sentences are invented for
 * these tests.
 */
class ClauseOwnConjunctTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aConjunctOfAClauseWithItsTenseInTheAuxiliaryStaysInIt() {
        Extraction x = Extraction.of("Ana Okafor said she was worried by the flooding and wanted to see the harbor "
                + "for herself.", PEOPLE);
        assertThat(x.speakerName("she was worried by the flooding and wanted to see the harbor for herself"))
                .isEqualTo("Ana Okafor");
    }

    @Test
    void aConjunctOfAModalClauseStaysInIt() {
        Extraction x = Extraction.of("Lena Brandt said she could not back the new levy but understood why her "
                + "neighbors did.", PEOPLE);
        assertThat(x.speakerName("she could not back the new levy but understood why her neighbors did"))
                .isEqualTo("Lena Brandt");
        Extraction y = Extraction.of("Lena Brandt said he had been impressed by the mayor in the past and liked her "
                + "answer on the roads.", PEOPLE);
        assertThat(y.dataset().statements()).extracting(Statement::text)
                .contains("he had been impressed by the mayor in the past and liked her answer on the roads");
    }

    @Test
    void aModalConjunctOnTheSpeechVerbIsTheClausesOwn() {
        Extraction x = Extraction.of("Ana Okafor argues the rule gives too much power to the board and could lead to "
                + "a deadlock.", PEOPLE);
        assertThat(x.speakerName("the rule gives too much power to the board and could lead to a deadlock"))
                .isEqualTo("Ana Okafor");
    }

    @Test
    void aSpeechVerbIsTheSpeakersNextAct() {
        Extraction x = Extraction.of("Ana Okafor said the council would review the ferry contract and praised the "
                + "harbor staff.", PEOPLE);
        assertThat(x.speakerName("the council would review the ferry contract")).isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("review") && t.contains("praised"));
    }

    @Test
    void aConjunctWhoseComplementIsASpeechVerbIsTheReportersAndEndsTheClause() {
        Extraction x = Extraction.of("Asked about the Turkish initiative, Lena Brandt said the bloc supported \"any "
                + "effort that brings a just peace closer,\" but declined to say whether Brussels had been consulted.",
                PEOPLE);
        assertThat(x.dataset().statements()).filteredOn(s -> s.text().contains("the bloc supported"))
                .singleElement()
                .satisfies(s -> assertThat(s.text()).doesNotContain("declined").doesNotContain("Brussels"));
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code characterizing-apposition} ({@link CharacterizingApposition}): the reporter's closing apposition that
 * names what the words are or do is not part of them; an apposition that only describes someone stays. The
 * sentences are invented for these tests.
 */
class CharacterizingAppositionTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aClauseEndsBeforeTheReportersSwipe() {
        Extraction x = Extraction.of("Ana Okafor said the ferry tolls would rise again in the spring, a swipe at the "
                + "harbour board that set them.", PEOPLE);
        assertThat(x.speakerName("the ferry tolls would rise again in the spring")).isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("swipe"));
    }

    @Test
    void aClauseEndsBeforeTheReportersApparentReference() {
        Extraction x = Extraction.of("Lena Brandt warned that the pier could close for months, an apparent reference "
                + "to last winter's storms.", PEOPLE);
        assertThat(x.speakerName("the pier could close for months")).isEqualTo("Lena Brandt");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("reference"));
    }

    @Test
    void aDescriptionOfSomeoneNamedStaysWithTheObject() {
        Extraction x = Extraction.of("Ana Okafor praised Lena Brandt, the councillor who proposed the new levy.",
                PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.equals("Lena Brandt"));
    }

    @Test
    void onlyADeterminerAndANounOfTheListMakeTheShape() {
        assertThat(SpanBoundWords.of("characterizing-apposition", "noun")).contains("swipe", "reference", "move")
                .doesNotContain("position", "view");
    }
}

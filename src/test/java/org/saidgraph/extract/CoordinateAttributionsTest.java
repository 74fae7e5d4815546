package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step {@code coordinate-attribution} ({@link CoordinateAttributions}): a reported statement ends before another
 * attribution the parse sets beside its own rather than inside what was said. The sentences are invented for these
 * tests.
 */
class CoordinateAttributionsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void whatSomeSayEndsWhereWhatOthersSayBegins() {
        Extraction x = Extraction.of("While some aides say the plan will pass easily, others say it has no chance in "
                + "the Senate.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("the plan will pass easily", "it has no chance in the Senate")
                .noneMatch(t -> t.contains("easily, others say"));
    }

    @Test
    void aRefusalEndsBeforeTheSayingCoordinatedWithIt() {
        Extraction x = Extraction.of("The spokesman refused to answer questions about the merger but said there was "
                + "no meeting planned with the buyers.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("questions about the merger", "there was no meeting planned with the buyers")
                .noneMatch(t -> t.contains("merger but said"));
    }

    @Test
    void aDenialEndsBeforeASayingTheParseHungInsideItsObject() {
        Extraction x = Extraction.of("Ana Okafor runs the ferry company. In a brief phone call, Ms. Okafor dismissed "
                + "the notion that the moves amounted to a purge and said that Ms. Brandt was not being pushed aside.",
                PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("the notion that the moves amounted to a purge", "Ms. Brandt was not being pushed aside");
    }

    @Test
    void anAttributionInsideWhatWasSaidStaysInIt() {
        Extraction x = Extraction.of("Ana Okafor said the plan, which Lena Brandt argued would cost millions, was "
                + "still the best option.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("the plan, which Lena Brandt argued would cost millions, was still the best option");
    }

    @Test
    void theSpeakersOwnAsideDoesNotEndWhatSheSaid() {
        Extraction x = Extraction.of("Ana Okafor said the result was, she said, a complete surprise to everyone in "
                + "the room.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("the result was, she said, a complete surprise to everyone in the room");
    }

    @Test
    void aSecondThatClauseOfTheSameVerbStaysInWhatWasSaid() {
        Extraction x = Extraction.of("Former councillor Ana Okafor said that a merger involved hard choices but that "
                + "if the mayor chose to pursue it, he ought to have fought for keeping every worker.", PEOPLE);
        // the statement of "said" runs on through the second clause
        assertThat(x.dataset().statements()).extracting(Statement::text).filteredOn(t -> t.contains("hard choices"))
                .isNotEmpty().allMatch(t -> t.endsWith("keeping every worker"));
    }
}

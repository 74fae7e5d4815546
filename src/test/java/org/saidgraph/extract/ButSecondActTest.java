package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code but-second-act} of {@link ReportedSpanBounds}: a reported clause followed by "but" and a second speech
 * act of the same speaker without a subject of its own ("… but would not offer …", "… but did not explain …") ends
 * before "but"; a verb after "but" that is no speech act belongs to the content. The sentences are invented for these
 * tests.
 */
class ButSecondActTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aRefusalAfterButIsTheReportersAccountOfAnotherAct() {
        Extraction x = Extraction.of("The harbour board confirmed that the ferry would run all winter but would not "
                + "offer a date for the spring timetable.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.endsWith("the ferry would run all winter"))
                .noneMatch(t -> t.contains("would not offer"));
    }

    @Test
    void aSecondSpeechVerbAfterButEndsTheFirstClause() {
        Extraction x = Extraction.of("Lena Brandt acknowledged that the budget was late but did not explain the "
                + "delay to the council.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("the budget was late")
                .noneMatch(t -> t.contains("did not explain"));
    }

    @Test
    void aVerbAfterButThatIsNoSpeechActStaysInTheContent() {
        Extraction x = Extraction.of("Ana Okafor said the bakery was small but sold more bread than any shop in "
                + "town.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.endsWith("but sold more bread than any shop in town"));
    }

    @Test
    void aSpeechVerbUsedInAnotherSenseAfterButStaysInTheContent() {
        Extraction x = Extraction.of("Ana Okafor confirmed that the toll would cost drivers more at first but would "
                + "eventually add $2 million a year to the road fund.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.endsWith("but would eventually add $2 million a year to the road fund"));
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of {@link ClauseStarts} (and the particle of {@link StatementStarts}' {@code leading-preposition}): a
 * reported statement does not begin with words of its attribution. The sentences are invented for these tests.
 */
class ClauseStartsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    private static Statement only(Extraction x) {
        assertThat(x.dataset().statements()).hasSize(1);
        return x.dataset().statements().get(0);
    }

    private static String evidence(String text, Statement s) {
        return text.substring(s.span().start(), s.span().end());
    }

    @Test
    void theHearerOfATellingIsNotPartOfWhatWasTold() {
        String text = "On Friday, Ana Okafor told a lunch group of harbour bankers that her plan for the ferry fund "
                + "remains firm.";
        Statement s = only(Extraction.of(text, PEOPLE));
        assertThat(s.text()).isEqualTo("her plan for the ferry fund remains firm");
        assertThat(evidence(text, s)).isEqualTo("that her plan for the ferry fund remains firm");
    }

    @Test
    void whereTheHearersWereToldStaysOutToo() {
        Extraction x = Extraction.of("Lena Brandt is telling diners at a busy breakfast spot in the old town that the "
                + "tram line will reopen in May.", PEOPLE);
        assertThat(only(x).text()).isEqualTo("the tram line will reopen in May");
        Extraction how = Extraction.of("Lena Brandt is telling the diners at a busy breakfast spot in the old town how "
                + "she saved the tram line.", PEOPLE);
        assertThat(only(how).text()).isEqualTo("how she saved the tram line");
    }

    @Test
    void aClauseToldWithoutThatLeavesTheHearerOut() {
        Extraction x = Extraction.of("Lena Brandt told a coworker she was fixing the timetable.", PEOPLE);
        assertThat(only(x).text()).isEqualTo("she was fixing the timetable");
    }

    @Test
    void howMuchWasSaidAboutATopicIsNotTheTopic() {
        Extraction x = Extraction.of("Lena Brandt has said little about the ferry plan.", PEOPLE);
        assertThat(only(x).text()).isEqualTo("the ferry plan");
    }

    @Test
    void onlyBeforeTheClauseLimitsTheSayingAndIsNotPartOfIt() {
        String text = "Lena Brandt gave no details of the ferry deal, saying only that the talks had gone well.";
        Statement s = Extraction.of(text, PEOPLE).containing("the talks had gone well");
        assertThat(s.text()).isEqualTo("the talks had gone well");
        assertThat(evidence(text, s)).startsWith("that the talks");
    }

    @Test
    void aStanceTowardsAClauseIsNotPartOfIt() {
        String text = "Lena Brandt expressed doubt that the ferry company could pay the new fees.";
        Statement s = only(Extraction.of(text, PEOPLE));
        assertThat(s.text()).isEqualTo("the ferry company could pay the new fees");
        assertThat(evidence(text, s)).startsWith("that the ferry company");
    }

    @Test
    void theParticleOfAPhrasalCueIsNotPartOfTheTopic() {
        Extraction x = Extraction.of("On Monday, Ana Okafor lashed out at the harbour board.", PEOPLE);
        assertThat(only(x).text()).isEqualTo("the harbour board");
    }

    @Test
    void thePrepositionBeforeAQuestionClauseIsNotPartOfWhatWasSaid() {
        Extraction x = Extraction.of("Lena Brandt spoke about how the ferry lines had lost money for a decade.",
                PEOPLE);
        assertThat(only(x).text()).isEqualTo("how the ferry lines had lost money for a decade");
        Extraction y = Extraction.of("Ana Okafor joked about why nobody attends the budget hearings.", PEOPLE);
        assertThat(only(y).text()).isEqualTo("why nobody attends the budget hearings");
    }
}

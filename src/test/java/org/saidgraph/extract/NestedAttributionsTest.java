package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attribution nested whole inside the clause another reports ({@link NestedAttributions}): one of the two is
 * kept. A saying is the inner speaker's statement, relayed by the outer one ("relay-only"); a saying only planned,
 * expected or intended is not theirs, and the outer statement that names it is kept ("nested-deed"); a saying someone
 * denies is not relayed by the denial, and only the denial is kept ("nested-denied"); an "according to" account
 * around a whole saying keeps both, the account reporting the saying ("outer-reading-kept"). The sentences are
 * written for these tests.
 */
class NestedAttributionsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aSayingOnlyExpectedOfOthersIsNotTheirsAndWhatWasSaidAboutItIsKept() {
        Extraction x = Extraction.of("Ana Okafor said she expected that voters will say no to the harbour plan.",
                PEOPLE);
        assertThat(x.speakerName("she expected that voters will say no to the harbour plan")).isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).as("the voters have not said it").hasSize(1);
    }

    @Test
    void aSayingThatWasOnlyIntendedIsNotTheirsAndTheClarificationIsKept() {
        Extraction x = Extraction.of("A spokeswoman for Ana Okafor clarified that Lena Brandt had misspoken and "
                + "intended to say that the depot would stay open.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().equals("the depot would stay open"));
        Statement clarified = x.the("Lena Brandt had misspoken and intended to say that the depot would stay open");
        assertThat(x.name(clarified.speaker())).isNotEqualTo("Lena Brandt");
        assertThat(clarified.reports()).isEmpty();
    }

    @Test
    void aSayingThatWasMadeStaysTheInnerSpeakersStatementRelayedByTheOuterOne() {
        Extraction x = Extraction.of("Ana Okafor said that Lena Brandt had told her the ferry contract was "
                + "already signed.", PEOPLE);
        Statement told = x.the("the ferry contract was already signed");
        assertThat(x.name(told.speaker())).isEqualTo("Lena Brandt");
        assertThat(x.names(told.reportedBy())).containsExactly("Ana Okafor");
        assertThat(x.statement("Lena Brandt had told her the ferry contract was already signed")).isEmpty();
    }

    @Test
    void anAccountWhoseWordsAreAWholeSayingKeepsItsOwnStatementReportingTheSaying() {
        Extraction x = Extraction.of("According to the harbour office, Lena Brandt said the winter ferry would stop "
                + "at the north pier.", PEOPLE);
        Statement account = x.the("Lena Brandt said the winter ferry would stop at the north pier");
        assertThat(x.name(account.speaker())).containsIgnoringCase("harbour office");
        Statement said = x.the("the winter ferry would stop at the north pier");
        assertThat(x.name(said.speaker())).isEqualTo("Lena Brandt");
        assertThat(account.reports()).containsExactly(said.id());
        assertThat(said.reportedBy()).containsExactly(account.speaker());
    }

    @Test
    void aThreatSomeoneDeniesIsNotInTheGraphAsTheThreatenersStatementButTheDenialIs() {
        Extraction x = Extraction.of("Ana Okafor, a spokeswoman for the ferry board, said the board would pay half. "
                + "She denied reports that Lena Brandt had threatened to close the pier if the council voted no.",
                PEOPLE);
        Statement denial = x.the("reports that Lena Brandt had threatened to close the pier if the council voted no");
        assertThat(x.name(denial.speaker())).isEqualTo("Ana Okafor");
        assertThat(denial.act()).isEqualTo("denial");
        assertThat(x.dataset().statements()).as("Lena Brandt's threat is what the denial says was never made")
                .noneMatch(s -> x.name(s.speaker()).equals("Lena Brandt"));
    }

    @Test
    void whatSomeoneDeniesHavingToldAnotherIsNotTheirStatement() {
        Extraction x = Extraction.of("Ana Okafor denied that she had told Lena Brandt the pier would close in May.",
                PEOPLE);
        assertThat(x.dataset().statements()).singleElement().satisfies(s -> {
            assertThat(s.act()).isEqualTo("denial");
            assertThat(s.text()).isEqualTo("she had told Lena Brandt the pier would close in May");
        });
    }
}

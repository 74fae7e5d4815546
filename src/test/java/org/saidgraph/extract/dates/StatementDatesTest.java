package org.saidgraph.extract.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StatementDatesTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 5);

    private static Optional<LocalDate> dateOf(String sentence, String statement, LocalDate published) {
        int start = sentence.indexOf(statement);
        return StatementDates.resolve(sentence, start, start + statement.length(), published)
                .map(StatementDates.Resolved::date);
    }

    private static Optional<LocalDate> dateOf(String sentence, String statement) {
        return dateOf(sentence, statement, PUBLISHED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Brandt said on Monday that the vote was fair.                   | 2025-03-03
            Brandt said Monday that the vote was fair.                      | 2025-03-03
            Brandt said on Wednesday that the vote was fair.                | 2025-03-05
            Brandt said last Wednesday that the vote was fair.              | 2025-02-26
            Brandt said on Thursday night that the vote was fair.           | 2025-02-27
            Brandt said yesterday that the vote was fair.                   | 2025-03-04
            Brandt said last night that the vote was fair.                  | 2025-03-04
            Brandt said the day before yesterday that the vote was fair.    | 2025-03-03
            Brandt said today that the vote was fair.                       | 2025-03-05
            Brandt said this morning that the vote was fair.                | 2025-03-05
            Brandt said last week that the vote was fair.                   | 2025-02-26
            Brandt said a week ago that the vote was fair.                  | 2025-02-26
            Brandt said three days ago that the vote was fair.              | 2025-03-02
            Brandt said 2 weeks ago that the vote was fair.                 | 2025-02-19
            Brandt said on Oct. 3 that the vote was fair.                   | 2024-10-03
            Brandt said on March 4 that the vote was fair.                  | 2025-03-04
            Brandt said on 4 March that the vote was fair.                  | 2025-03-04
            Brandt said on Sept. 30 that the vote was fair.                 | 2024-09-30
            Brandt said on October 3rd that the vote was fair.              | 2024-10-03
            Brandt said on October 3, 2022 that the vote was fair.          | 2022-10-03
            Brandt said on 3 October 2022 that the vote was fair.           | 2022-10-03
            """)
    void resolvesTheExpressionAroundAStatementAgainstThePublishedDay(String sentence, LocalDate expected) {
        assertThat(dateOf(sentence, "the vote was fair")).contains(expected);
    }

    @Test
    void theStatementsOwnWordsDoNotDateIt() {
        assertThat(dateOf("Brandt said on Monday that the vote on Sunday was fair.", "the vote on Sunday was fair"))
                .contains(LocalDate.of(2025, 3, 3));
        assertThat(dateOf("\"The vote on Sunday was fair,\" Brandt said.", "The vote on Sunday was fair"))
                .isEmpty();
    }

    @Test
    void ofSeveralExpressionsTheNearestToTheStatementWins() {
        assertThat(dateOf("After talks on Friday, Brandt said on Monday that the vote was fair.",
                "the vote was fair")).contains(LocalDate.of(2025, 3, 3));
    }

    @Test
    void aDayAfterPublicationIsAboutSomethingElseAndPassedOver() {
        assertThat(dateOf("Brandt said the talks would resume on April 20, 2025, and that the vote was fair.",
                "the vote was fair")).isEmpty();
    }

    @Test
    void withoutAPublishedDayOnlyDatesWithAYearResolve() {
        assertThat(dateOf("Brandt said on Monday that the vote was fair.", "the vote was fair", null)).isEmpty();
        assertThat(dateOf("Brandt said on October 3, 2022 that the vote was fair.", "the vote was fair", null))
                .contains(LocalDate.of(2022, 10, 3));
    }

    @Test
    void theResultNamesTheWordsAndTheRule() {
        String sentence = "Brandt told reporters last week that the vote was fair.";
        int start = sentence.indexOf("the vote");
        StatementDates.Resolved r = StatementDates.resolve(sentence, start, sentence.length() - 1, PUBLISHED)
                .orElseThrow();
        assertThat(r.expression()).isEqualTo("last week");
        assertThat(sentence.substring(r.start(), r.end())).isEqualTo("last week");
        assertThat(r.rule()).isEqualTo("last-week");
    }

    @Test
    void wordsThatOnlyLookLikeDatesAreNot() {
        assertThat(StatementDates.first("He may 3 times refuse; the march 4 miles long.", PUBLISHED)).isEmpty();
        assertThat(StatementDates.first("She said on February 31 that it was fair.", PUBLISHED)).isEmpty();
        assertThat(StatementDates.first("Mondays are quiet, said Sundayman.", PUBLISHED)).isEmpty();
    }

    @Test
    void noTextMakesItThrow() {
        Random random = new Random(12);
        String pieces = "on Monday last week Oct. 3 March 31 2025 days ago yesterday \" , . 0 99 ä \uD83D\uDE00 ";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(random.nextBoolean() ? pieces.charAt(random.nextInt(pieces.length()))
                        : (char) random.nextInt(0x3000));
            }
            int from = random.nextInt(80) - 10;
            int to = random.nextInt(80) - 10;
            StatementDates.resolve(text.toString(), from, to, random.nextBoolean() ? PUBLISHED : null);
        }
        assertThat(StatementDates.resolve(null, 0, 0, PUBLISHED)).isEmpty();
    }
}

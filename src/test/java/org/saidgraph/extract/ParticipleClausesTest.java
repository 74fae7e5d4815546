package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speech verb whose object the parser reads as the start of a clause ("denied that claim …, saying it had …"):
 * what was said is what follows the participle, and no statement opens a quotation it does not close (the sentences
 * are invented, of the shape the lead found).
 */
class ParticipleClausesTest {

    private static final ListTagger NOBODY = ListTagger.people();

    @Test
    void aDenialFollowedBySayingDeniesWhatFollowsSaying() {
        Extraction x = Extraction.of("The authority denied that claim in a short statement, saying it had "
                + "\"answered every letter within a week.\"", NOBODY);
        Statement denial = x.the("it had \"answered every letter within a week.\"");
        assertThat(denial.act()).isEqualTo("denial");
        assertThat(x.name(denial.speaker())).containsIgnoringCase("authority");
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("short statement"));
    }

    @Test
    void aReportedClauseThatTakesInAQuotationsOpeningMarkTakesInItsClosingMark() {
        Extraction x = Extraction.of("The harbour board rejected that account in a brief reply, insisting it had "
                + "\"kept every promise to the fishermen.\"", NOBODY);
        assertThat(x.statement("it had \"kept every promise to the fishermen.\"")).isPresent();
        assertThat(x.dataset().statements()).allSatisfy(s -> assertThat(marks(s.text()) % 2)
                .as("quotation marks in %s", s.text()).isZero());
    }

    private static long marks(String text) {
        return text.chars().filter(c -> c == '"' || c == '“' || c == '”').count();
    }
}

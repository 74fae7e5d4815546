package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code cue-conjunct} of {@link ReportedSpanBounds}: a statement ends before a second verb of its speaker
 * coordinated with the speech verb. The sentences are invented for these tests.
 */
class CueConjunctEndTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void whatTheSpeakerLashedOutAtEndsBeforeWhatTheSpeakerDidNext() {
        Extraction x = Extraction.of("Ana Okafor lashed out at the harbour board for raising the fees and demanded a "
                + "new vote.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.endsWith("the harbour board for raising the fees"))
                .noneMatch(t -> t.contains("demanded"));
    }

    @Test
    void whatTheSpeakerRailedAgainstEndsBeforeTheWarningThatFollows() {
        Extraction x = Extraction.of("Lena Brandt railed against the harbour fees, and warned that the ferry would "
                + "close.", PEOPLE);
        assertThat(x.speakerName("the ferry would close")).isEqualTo("Lena Brandt");
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.endsWith("the harbour fees"))
                .noneMatch(t -> t.contains("fees, and warned"));
    }
}

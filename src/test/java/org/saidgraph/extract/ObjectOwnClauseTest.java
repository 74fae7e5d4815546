package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code object-own-clause} of {@link ReportedSpanBounds}: a statement that is a speech verb's noun object ends
 * before a clause with a subject of its own joined by ", and", ", but" or a semicolon. The sentences are invented
 * for these tests.
 */
class ObjectOwnClauseTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void whatTheSpeakerStressedEndsBeforeAClauseOfItsOwnAfterAnd() {
        Extraction x = Extraction.of("Lena Brandt stressed those worries at a forum in Dayton, and the mayor "
                + "repeated them a week later.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("and the mayor repeated"));
    }
}

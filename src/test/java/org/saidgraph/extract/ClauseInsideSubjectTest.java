package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code clause-inside-subject} (in {@link VerbCueSieve}'s content): a verb the parse hangs on a clause inside its
 * own subject's phrase does not report that clause. The sentence is invented for this test.
 */
class ClauseInsideSubjectTest {

    @Test
    void theRelativeClauseOfTheSubjectsAppositionIsNotWhatWasSaid() {
        Extraction x = Extraction.of("Norvell Foods, the company that wants to build the plant, did not respond to "
                + "requests for comment.", new ListTagger(Map.of("Norvell Foods", "ORGANIZATION")));
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("build the plant"));
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code participle-in-subject} ({@link ParticipleInSubject}): a text-pattern statement read after a participle
 * on the subject noun of a later verb ends with that noun phrase, before the verb (the sentences are invented).
 */
class ParticipleInSubjectTest {

    private static final String LEAD = "Harbour vote\nAna Okafor won the harbour vote on Tuesday.\n";

    @Test
    void aParticipleOnTheSubjectEndsBeforeTheOuterVerb() {
        Extractor.Traced t = Extraction.traced(LEAD + "Okafor and Tom Reyes visited Eastport on Friday, two days after "
                + "a local man claiming loyalty to a militia set fire to the ferry office.", SharedCoreNlp.ANALYZER);
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .contains("loyalty to a militia")
                .noneMatch(x -> x.contains("set fire"));
        assertThat(t.trimmed().values()).anyMatch(c -> c.cuts().contains("participle-in-subject"));
    }
}

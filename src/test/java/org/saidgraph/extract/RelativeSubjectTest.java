package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@value PatternVerbSieve#RELATIVE_SUBJECT}: a text-pattern reading whose nearest name before the verb stands
 * inside a relative clause (", who …,") is the name that clause hangs on, not the name inside it (the sentences are
 * invented).
 */
class RelativeSubjectTest {

    private static final String LEAD = "Ferry fares\nThe Eastport Harbour Trust raised ferry fares on Monday.\n";

    @Test
    void theNameBeforeWhoSpeaksNotTheNameInsideTheClause() {
        Extraction x = Extraction.of(LEAD + "Anna Holm, who once worked for Councillor Tomas Berglund, the harbour's "
                + "founder, did not respond to questions about the fares.", SharedCoreNlp.ANALYZER);
        Statement s = x.containing("questions about the fares");
        assertThat(x.name(s.speaker())).contains("Holm");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@value PatternVerbSieve#RELATIVE_CLAUSE_OWNER}: a text-pattern reading whose verb stands inside a relative
 * clause still open before it (", who … by questioning …") is said by the name the clause hangs on, not by the
 * sentence's opening subject (the sentences are invented).
 */
class RelativeClauseOwnerTest {

    private static final String LEAD = "Harbour vote\nAna Okafor won the harbour vote on Tuesday.\n";

    @Test
    void theNameBeforeAnOpenWhoClauseSpeaks() {
        Extraction x = Extraction.of(LEAD + "She faces Lena Brandt, who last week stirred the race by questioning "
                + "Okafor's record on the pier.", SharedCoreNlp.ANALYZER);
        Statement s = x.containing("record on the pier");
        assertThat(x.name(s.speaker())).contains("Brandt");
    }
}

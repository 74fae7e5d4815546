package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code quoted-as-saying} ({@link PassiveContent#quotedAsSaying}): "Roe was quoted by the paper as saying …"
 * gives the words after "as saying" to Roe; Roe is not what the paper said. The sentences are invented for these
 * tests.
 */
class QuotedAsSayingTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Carl Dunmore", "PERSON",
            "Salterville Ledger", "ORGANIZATION"));

    @Test
    void theOneQuotedSaysTheWordsAfterAsSaying() {
        Extraction x = Extraction.of("Carl Dunmore was quoted by the Salterville Ledger as saying the association "
                + "would fight the law in court.", NAMES);
        assertThat(x.speakerName("the association would fight the law in court")).isEqualTo("Carl Dunmore");
    }

    @Test
    void theOneQuotedIsNotWhatThePaperSaid() {
        Extraction x = Extraction.of("Carl Dunmore was quoted by the Salterville Ledger as saying the association "
                + "would fight the law in court.", NAMES);
        assertThat(x.statement("Carl Dunmore")).isEmpty();
    }

    @Test
    void asHavingSaidIsReadTheSameWay() {
        Extraction x = Extraction.of("Carl Dunmore was quoted by the Salterville Ledger as having said that the "
                + "border would stay closed.", NAMES);
        assertThat(x.speakerName("the border would stay closed")).isEqualTo("Carl Dunmore");
    }
}

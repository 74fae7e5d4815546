package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subject repair {@code relative-then-verb} ({@link SubjectRepairs#verbAfterRelative}): the parser may read the speech
 * verb after a relative clause set off by commas as that clause's own verb; the verb is the sentence's, and its
 * speaker the noun phrase before the relative clause. The sentences are invented for these tests.
 */
class RelativeThenVerbTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Norvane Freight", "ORGANIZATION",
            "Seattle", "LOCATION"));

    private static final String SENTENCE = "A spokesman for Norvane Freight, which moves grain through the port, said "
            + "the delay could cost exporters millions of dollars, and warned that some customers might shift to "
            + "Seattle.";

    @Test
    void theVerbAfterTheRelativeClauseReportsTheSpokesmansWords() {
        Extraction x = Extraction.of(SENTENCE, NAMES);
        assertThat(x.containing("could cost exporters").text())
                .isEqualTo("the delay could cost exporters millions of dollars");
        assertThat(x.speakerName("the delay could cost exporters millions of dollars"))
                .isEqualTo("Spokesman for Norvane Freight");
    }

    @Test
    void aSecondVerbJoinedToItHasTheSameSpeaker() {
        Extraction x = Extraction.of(SENTENCE, NAMES);
        assertThat(x.speakerName("some customers might shift to Seattle")).isEqualTo("Spokesman for Norvane Freight");
    }

    @Test
    void aRelativeClauseThatEndsInTheSpeechVerbStaysTheAntecedents() {
        Extraction x = Extraction.of("Dockworkers praised Norvane Freight, which said the delay would not cost any "
                + "jobs.", NAMES);
        assertThat(x.speakerName("the delay would not cost any jobs")).isEqualTo("Norvane Freight");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roundup labels ({@link SpeakerLabelSieve}): a party label set off by commas before where the words appeared (rule
 * party-after-comma), and a full name after an organization's word in the label (rule label-person-first). The texts
 * are invented for these tests.
 */
class RoundupLabelTest {

    private static final String WORDS = "Workers stood together and it paid off. Now ratify it.";

    @Test
    void aPartyLabelBetweenCommasBeforeTheMediumKeepsTheLabel() {
        Extraction x = Extraction.of("Lawmakers react\n\nSen. Marta Quill, D-Ore., on Twitter: \"" + WORDS + "\"",
                ListTagger.people("Marta Quill"));
        assertThat(x.speakerName(WORDS)).isEqualTo("Marta Quill");
    }

    @Test
    void aPartyLabelBetweenCommasBeforeAStatementKeepsTheLabel() {
        Extraction x = Extraction.of("Lawmakers react\n\nRep. Dale Hutto, R-Texas, in a statement: \"" + WORDS + "\"",
                ListTagger.people("Dale Hutto"));
        assertThat(x.speakerName(WORDS)).isEqualTo("Dale Hutto");
    }

    @Test
    void theFullNameInALabelSpeaksRatherThanTheDepartmentsWord() {
        Extraction x = Extraction.of("Lawmakers react\n\nTransportation Secretary Ben Adair: \"" + WORDS + "\"",
                new ListTagger(Map.of("Transportation", "ORGANIZATION", "Ben Adair", "PERSON")));
        assertThat(x.speakerName(WORDS)).isEqualTo("Ben Adair");
    }
}

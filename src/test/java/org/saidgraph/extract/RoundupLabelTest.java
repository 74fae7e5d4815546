package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roundup labels ({@link SpeakerLabelSieve}): a party label set off by commas before where the words appeared (rule
 * party-after-comma), a full name after an organization's word in the label (rule label-person-first), a bullet
 * before the label (rule bulleted-label) and a title with the organization it is held in after the name (rule
 * title-of-organization); a headline "Reaction: …" names no one. The texts are invented for these tests.
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

    @Test
    void aBulletBeforeALabelLeavesTheLabelTheSpeakers() {
        Extraction x = Extraction.of("Stadium deal\n\nHere is what they said:\n\n• Mayor Gil Farro: \"" + WORDS + "\"",
                ListTagger.people("Gil Farro"));
        assertThat(x.speakerName(WORDS)).isEqualTo("Gil Farro");
    }

    @Test
    void aDashBulletBeforeARoundupLabelLeavesTheLabelTheSpeakers() {
        Extraction x = Extraction.of("Stadium deal\n\nHere is what they said:\n\n- Gil Farro, mayor: \"" + WORDS + "\"",
                ListTagger.people("Gil Farro"));
        assertThat(x.speakerName(WORDS)).isEqualTo("Gil Farro");
    }

    @Test
    void aTitleOfANamedOrganizationAfterTheNameIsPartOfTheLabel() {
        Extraction x = Extraction.of("Stadium deal\n\nHere is what they said:\n\nTess Ambrose, president of the "
                + "Northside Neighbors Association: \"" + WORDS + "\"", ListTagger.people("Tess Ambrose"));
        assertThat(x.speakerName(WORDS)).isEqualTo("Tess Ambrose");
    }

    @Test
    void aReactionHeadlinesLabelNamesNoSpeaker() {
        Extraction x = Extraction.of("Reaction: What they said about the stadium deal\n\nThe council approved the "
                + "deal on Thursday.", ListTagger.people("Gil Farro"));
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("What they said"));
    }
}

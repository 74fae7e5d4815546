package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roundup's labels set out as a list ({@link SpeakerLabelSieve}): a bullet before the label (rule bulleted-label)
 * and a title with the organization it is held in after the name (rule title-of-organization) still make the label
 * the speaker's; a headline "Reaction: …" names no one. The texts are invented for these tests.
 */
class BulletedLabelTest {

    private static final String WORDS = "This deal keeps the team here for thirty years.";

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

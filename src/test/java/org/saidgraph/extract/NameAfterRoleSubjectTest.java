package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule name-after-role-subject: a role noun and the name it introduces, with "the" or a title between, open the
 * subject; the parse leaves the name apart, and the speaker is the name, not the role noun's words. Seen on PolNeAR
 * train giving statements to a spokesman's title or an organization's description; the sentences are invented.
 */
class NameAfterRoleSubjectTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Tomas Velko", "PERSON",
            "Coastal Alliance", "ORGANIZATION"));

    @Test
    void aSpokesmansNameAfterTheAndATitleIsTheSpeaker() {
        Extraction x = Extraction.of("Harbor plan stalls.\n\nHarbor spokesman the Rev. Tomas Velko told reporters "
                + "Thursday that the bridge would close in May.", NAMES);
        assertThat(x.speakerName("the bridge would close in May")).isEqualTo("Tomas Velko");
    }

    @Test
    void anOrganizationNamedAfterItsDescriptionIsTheSpeaker() {
        Extraction x = Extraction.of("Harbor plan stalls.\n\nThe prominent civic group the Coastal Alliance strongly "
                + "denounced the plan and said it would sue the port.", NAMES);
        assertThat(x.speakerName("it would sue the port")).isEqualTo("Coastal Alliance");
    }
}

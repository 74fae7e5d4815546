package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule transcript-role ({@link SpeakerLabelSieve}): a transcript's turn labelled with a role ("HOST:", "MODERATOR:")
 * rather than a name is that role's holder's, beside the named turns; a single "Reporter:" heading is not a turn; a
 * headline labelled "Transcript:" names the kind of piece, not a speaker. The texts are invented for these tests.
 */
class TranscriptRoleTest {

    private static final ListTagger PEOPLE = ListTagger.people("Carla Lanford");

    private static final String TRANSCRIPT = "Mayor on the flood\n\nThe following is a transcript of an interview "
            + "with Mayor Carla Lanford.\n\nHOST: The river crested at nineteen feet last night. How many homes "
            + "were flooded?\n\nLANFORD: About four hundred, most of them on the east side.";

    @Test
    void aHostsTurnIsTheHostsWords() {
        Extraction x = Extraction.of(TRANSCRIPT, PEOPLE);
        Statement s = x.containing("river crested");
        assertThat(x.name(s.speaker())).isEqualToIgnoringCase("host");
    }

    @Test
    void theNamedTurnAfterTheHostsIsStillTheNamedSpeakers() {
        Extraction x = Extraction.of(TRANSCRIPT, PEOPLE);
        assertThat(x.name(x.containing("four hundred").speaker())).isEqualTo("Carla Lanford");
    }

    @Test
    void aModeratorsTurnInMixedCaseIsTheModeratorsWords() {
        Extraction x = Extraction.of("Debate night\n\nModerator: Your rival says the budget is out of balance. "
                + "Is it?\n\nLanford: No, we closed the gap last spring.", PEOPLE);
        assertThat(x.name(x.containing("budget is out of balance").speaker())).isEqualToIgnoringCase("moderator");
    }

    @Test
    void aLoneRoleLabelIsAHeadingNotATurn() {
        Extraction x = Extraction.of("Flood diary\n\nThe water rose all night.\n\nReporter: the view from the "
                + "levee at dawn\n\nThe levee held until morning.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("view from the levee"));
    }

    @Test
    void aTranscriptHeadlinesLabelNamesNoSpeaker() {
        Extraction x = Extraction.of("Transcript: Mayor Lanford on the flood\n\nHOST: Thank you for joining us this "
                + "morning.\n\nLANFORD: Glad to be here with you.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("on the flood"));
    }
}

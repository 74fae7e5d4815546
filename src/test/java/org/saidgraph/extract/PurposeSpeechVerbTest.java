package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule purpose-speech-verb: the infinitive after a verb of speaking or calling says why its subject spoke, and when it
 * is a speech verb itself, what was said is what that verb takes (the sentences are invented for this test).
 */
class PurposeSpeechVerbTest {

    private static final ListTagger PEOPLE = ListTagger.people("Jane Roe");

    @Test
    void whatTheMeetingIsCalledToDiscussIsWhatWasSaid() {
        Extraction x = Extraction.of("Budget fight\n\nThe council members are calling a meeting to discuss ways of "
                + "stopping the levy.", PEOPLE);
        assertThat(x.the("ways of stopping the levy")).isNotNull();
    }

    @Test
    void aPurposeToSpeakAboutSomethingSaysWhatAbout() {
        Extraction x = Extraction.of("Harbour talks stall\n\nA union organizer, who spoke anonymously to talk "
                + "frankly about the mood of the crews, said the port would stay shut.", PEOPLE);
        assertThat(x.the("the mood of the crews")).isNotNull();
    }

    @Test
    void anAppealStaysWhatWasAsked() {
        Extraction x = Extraction.of("Fees row\n\nJane Roe called on the board to explain the new fees.", PEOPLE);
        assertThat(x.containing("explain the new fees").text()).isEqualTo("the board to explain the new fees");
    }
}

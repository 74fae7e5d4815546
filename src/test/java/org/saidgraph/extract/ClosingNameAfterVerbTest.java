package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule closing-name-after-verb: after an inverted speech verb, a name that only modifies the speaker's phrase (an
 * institution, the principal of an aide) is not the speaker; the person named where the phrase closes is. Seen on
 * PolNeAR train giving quotations to a senate or to the candidate an aide works for; the sentences are invented.
 */
class ClosingNameAfterVerbTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Ana Roe", "PERSON", "Tom Vey", "PERSON",
            "Eli Park", "PERSON", "Harlow", "PERSON", "Senate", "ORGANIZATION"));

    @Test
    void anInstitutionOpeningTheSpeakersPhraseIsNotTheSpeaker() {
        Extraction x = Extraction.of("“We will not pass a budget that closes the ferry,” said Senate Minority Whip "
                + "Ana Roe (D-Dunmore) in an interview.", NAMES);
        assertThat(x.speakerName("We will not pass a budget that closes the ferry,")).isEqualTo("Ana Roe");
    }

    @Test
    void thePrincipalOfAnAideIsNotTheSpeaker() {
        Extraction x = Extraction.of("Tom Vey toured the harbour on Monday. “The mayor has never been to the docks,” "
                + "said Harlow’s top policy aide Eli Park.", NAMES);
        assertThat(x.speakerName("The mayor has never been to the docks,")).isEqualTo("Eli Park");
    }

    @Test
    void aSecondNameJoinedByAConjunctionDoesNotTakeOver() {
        Extraction x = Extraction.of("“The harbour fees are far too high,” said Ana Roe and Eli Park in a letter to "
                + "the council.", NAMES);
        assertThat(x.speakerName("The harbour fees are far too high,")).isEqualTo("Ana Roe");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule fronted-phrase-subject: a phrase that opens the sentence before a comma, which the parse may make a second
 * subject of the verb, is no speaker; the subject after the comma is. Seen on PolNeAR train giving statements to
 * "Minutes" or an email exchange; the sentences are invented.
 */
class FrontedPhraseSubjectTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Velko", "PERSON", "Dalton", "PERSON"));

    @Test
    void aFrontedPhraseOfTimeIsNotTheSpeaker() {
        Extraction x = Extraction.of("Harbor plan stalls.\n\nThe council met on Monday.\n\nIn an earlier, February "
                + "2010 email exchange, Velko had to explain to Dalton that he couldn't send her a statement by fax.",
                NAMES);
        assertThat(x.speakerName("he couldn't send her a statement by fax")).isEqualTo("Velko");
    }

    @Test
    void aFrontedPhraseIsNotTheSpeakerOfAStatementsParticiple() {
        Extraction x = Extraction.of("Harbor plan stalls.\n\nThe council met on Monday.\n\nMinutes later, the "
                + "Dalton campaign issued a statement saying that the ferry would run twice a day.", NAMES);
        assertThat(x.speakerName("the ferry would run twice a day")).startsWith("Dalton");
    }
}

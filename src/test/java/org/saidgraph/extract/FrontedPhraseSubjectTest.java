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
        Extraction x = Extraction.of("Harbor plan stalls.\n\nThe council met on Monday.\n\nIn an earlier, March "
                + "2011 letter exchange, Velko had to explain to Dalton that he could not mail her the tide tables.",
                NAMES);
        assertThat(x.speakerName("he could not mail her the tide tables")).isEqualTo("Velko");
    }
}

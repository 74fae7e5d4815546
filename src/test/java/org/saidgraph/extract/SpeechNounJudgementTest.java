package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "X's promise was …" names what X promised only when a clause follows; a judgement of it is the words of whoever
 * judges (the sentences are invented).
 */
class SpeechNounJudgementTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Tomas Berg", "PERSON", "Pieter Vos", "PERSON"));

    @Test
    void aJudgementOfSomeonesPromiseIsTheWordsOfWhoeverJudgesIt() {
        Extraction x = Extraction.of("Pieter Vos is the governor. Tomas Berg later wrote on social media that the "
                + "governor's promise was \"worth as much as a dry riverbed.\"", NAMES);
        assertThat(x.dataset().statements()).noneMatch(s -> x.name(s.speaker()).equals("Pieter Vos"));
        assertThat(x.dataset().statements()).anyMatch(s -> x.name(s.speaker()).equals("Tomas Berg")
                && s.text().contains("worth as much as a dry riverbed"));
    }

    @Test
    void aClauseAfterSomeonesDemandsIsWhatTheyDemanded() {
        Extraction x = Extraction.of("Pieter Vos's demands were that the dam be stopped and the study published.",
                NAMES);
        assertThat(x.speakerName("the dam be stopped and the study published")).isEqualTo("Pieter Vos");
    }
}

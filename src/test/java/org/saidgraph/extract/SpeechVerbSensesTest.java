package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speech verbs read only in the sense that reports words ({@code speech.tsv}, {@code object-topics.tsv}): verbs of
 * confessing, swearing and saying quietly or scornfully report a clause ("confessed that …"), never an object ("confessed
 * his role"); what someone "took issue with" or "vouched for" is what was said.
 * The sentences are invented, of the shapes PolNeAR's annotators attribute.
 */
class SpeechVerbSensesTest {

    private static final ListTagger NOBODY = ListTagger.people();
    private static final ListTagger ROE = ListTagger.people("Jane Roe");

    @Test
    void aClauseThatSomeoneConfessedSworeOrWhisperedIsWhatWasSaid() {
        saidBy("The treasurer confessed that the harbour accounts had been altered.",
                "the harbour accounts had been altered", "statement", "treasurer");
        saidBy("The mayor swore that the ferry would run again by the spring.",
                "the ferry would run again by the spring", "promise", "mayor");
        saidBy("The coach whispered that the team was ready for the final.", "the team was ready for the final",
                "statement", "coach");
    }

    @Test
    void whatSomeoneConfessedOrWhisperedAsAnObjectIsNoStatement() {
        for (String text : new String[]{"The treasurer confessed his part in the harbour scheme.",
                "The singer whispered a few words to the front row."}) {
            assertThat(Extraction.of(text, NOBODY).dataset().statements()).as(text).isEmpty();
        }
    }

    @Test
    void whatSomeoneTookIssueWithOrVouchedForIsWhatWasSaid() {
        saidBy("Jane Roe took issue with the new overtime rule for dock workers.",
                "the new overtime rule for dock workers", "criticism", "Jane Roe");
        saidBy("A group of former senators vouched for the judge's qualifications.", "the judge's qualifications",
                "promise", "senators");
    }

    @Test
    void pastFormsThatDoubleTheirLastLetterAreSpeechVerbForms() {
        SpeechLexicon lexicon = SpeechLexicon.shipped();
        assertThat(lexicon.verbForm("quipped").lemma()).isEqualTo("quip");
        assertThat(lexicon.verbForm("dubbed").lemma()).isEqualTo("dub");
        assertThat(lexicon.verbForm("bragged").lemma()).isEqualTo("brag");
        assertThat(lexicon.verbForm("echoes").lemma()).isEqualTo("echo");
    }

    /** The invented sentence makes a statement of these words, in this act, whose speaker's name holds this. */
    private static void saidBy(String text, String words, String act, String speaker) {
        Extraction x = Extraction.of(text, ROE);
        Statement said = x.the(words);
        assertThat(said.act()).as(text).isEqualTo(act);
        assertThat(x.name(said.speaker())).as(text).containsIgnoringCase(speaker);
    }
}

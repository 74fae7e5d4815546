package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A party and state in parentheses after a name does not end the sentence it stands in (all sentences invented). */
class SentenceRejoinTest {

    @Test
    void aStateAbbreviationInAPartyParenthesisDoesNotEndTheSentence() {
        String text = "Sen. Tom Reyes (R-S.C.) told reporters on Friday that the bill would pass in the spring.";
        assertThat(SharedCoreNlp.ANALYZER.analyze(text).sentences()).hasSize(1);
        Extraction e = Extraction.of(text, ListTagger.people("Tom Reyes"));
        assertThat(e.speakerName("the bill would pass in the spring")).isEqualTo("Tom Reyes");
    }

    @Test
    void theSpeakerBeforeADottedStateKeepsTheVerbAfterIt() {
        String text = "The plant had been in doubt for months. Sen. Joe Marlow (D-W.Va.) said the plant would stay "
                + "open through the winter.";
        assertThat(SharedCoreNlp.ANALYZER.analyze(text).sentences()).hasSize(2);
        Extraction e = Extraction.of(text, ListTagger.people("Joe Marlow"));
        assertThat(e.speakerName("the plant would stay open through the winter")).isEqualTo("Joe Marlow");
    }

    @Test
    void aParenthesisThatClosesASentenceStillEndsIt() {
        for (String text : new String[]{"Reporters waited for Sen. Tom Reyes (R-S.C.). Then the vote was called.",
                "Reporters waited for Sen. Tom Reyes (R-S.C.)\nthen the vote was called."}) {
            Analysis a = SharedCoreNlp.ANALYZER.analyze(text);
            Analysis.Sentence last = a.sentences().get(a.sentences().size() - 1);
            assertThat(a.token(last.first()).word()).as(text).isEqualToIgnoringCase("then");
        }
    }
}

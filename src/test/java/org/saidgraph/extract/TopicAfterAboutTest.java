package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step {@code topic-after-about}: a clause reported as the topic of a speech verb begins after its "about", as
 * PolNeAR's annotators start it; an "about" of an amount stays. The sentences are invented for these tests.
 */
class TopicAfterAboutTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor");

    @Test
    void aClauseAfterAboutBeginsAtItsQuestionWord() {
        String text = "At the hearing, Ana Okafor talked about how the ferry would keep running through the winter.";
        Statement s = Extraction.of(text, PEOPLE).containing("the ferry would keep running");
        assertThat(text.substring(s.span().start(), s.span().end()))
                .isEqualTo("how the ferry would keep running through the winter");
    }

    @Test
    void anAboutOfAnAmountStaysInTheStatement() {
        String text = "Ana Okafor said about a third of the berths would open in May.";
        Statement s = Extraction.of(text, PEOPLE).containing("of the berths would open");
        assertThat(s.text()).isEqualTo("about a third of the berths would open in May");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** A question put by a named asker, the agent of a passive "asked" (all sentences invented). */
class AskedBySieveTest {

    @Test
    void theQuestionOfANamedAskerIsTheAskersWords() {
        Extraction e = Extraction.of("Asked by Maria Lopez whether she had rehearsed the speech, Jane Okafor said she "
                + "had read it once. Asked by Maria Lopez about the new tax on fuel, Tom Reyes said it would pass.",
                ListTagger.people("Maria Lopez", "Jane Okafor", "Tom Reyes"));
        Statement question = e.the("whether she had rehearsed the speech");
        assertThat(e.name(question.speaker())).isEqualTo("Maria Lopez");
        assertThat(question.act()).isEqualTo("question");
        assertThat(e.speakerName("about the new tax on fuel")).isEqualTo("Maria Lopez");
        assertThat(e.speakerName("she had read it once")).isEqualTo("Jane Okafor");
    }

    @Test
    void theQuestionEndsAtTheCommaBeforeTheAnswer() {
        Extraction e = Extraction.of("Asked by Maria Lopez if the council \"gets\" the port, Tom Reyes avoided a "
                + "clear answer.", ListTagger.people("Maria Lopez", "Tom Reyes"));
        assertThat(e.speakerName("if the council \"gets\" the port")).isEqualTo("Maria Lopez");
    }

    @Test
    void withNoAskerNamedNothingIsTheAskersWords() {
        Extraction e = Extraction.of("Asked about the new tax on fuel, Tom Reyes said it would pass.",
                ListTagger.people("Tom Reyes"));
        assertThat(e.dataset().statements()).extracting(Statement::text)
                .containsExactly("it would pass");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question put to the speaker between commas ("X, asked about Y, said Z"): what was said is the answer after the
 * second verb, in that verb's act, never the whole rest of the sentence as a question of the speaker's (rule
 * {@code asked-aside}). The sentences are written for these tests.
 */
class AsideQuestionSieveTest {

    @Test
    void theAnswerAfterAnAsideQuestionIsTheSpeakersStatementNotAQuestion() {
        String text = "Governor Elena Price, asked about the deal at an unrelated event, said it was a matter for the "
                + "regulator.";
        Extractor.Traced traced = new Extractor(ListTagger.people("Elena Price"), Extraction.GAZETTEER)
                .extractTraced(new ArticleInput(text, "Test article", null, null, null, null), KnownEntities.none());
        Extraction x = new Extraction(traced.dataset());
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .containsExactly("it was a matter for the regulator");
        Statement answer = x.the("it was a matter for the regulator");
        assertThat(x.name(answer.speaker())).isEqualTo("Elena Price");
        assertThat(answer.act()).isEqualTo("statement");
        assertThat(traced.rules().get(answer.id())).isEqualTo(AsideQuestionSieve.RULE);
    }

    @Test
    void aWhetherQuestionAndAHearerAreLeftOutOfTheAnswer() {
        Extraction x = Extraction.of("The mayor, asked whether the bridge would reopen, said repairs would take another "
                + "month. Tom Reyes, when asked whether he would run again, told reporters he had not decided.",
                ListTagger.people("Tom Reyes"));
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .containsExactly("repairs would take another month", "he had not decided");
        assertThat(x.speakerName("he had not decided")).isEqualTo("Tom Reyes");
    }

    @Test
    void aQuestionTheSubjectPutsIsStillTheirQuestion() {
        Extraction x = Extraction.of("Tom Reyes asked whether the bridge would reopen before the winter.",
                ListTagger.people("Tom Reyes"));
        Statement question = x.the("whether the bridge would reopen before the winter");
        assertThat(question.act()).isEqualTo("question");
        assertThat(x.speakerName("whether the bridge would reopen before the winter")).isEqualTo("Tom Reyes");
    }
}

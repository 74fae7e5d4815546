package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words before a speaker and a cue that are only a fronted adverbial ("As the crowd waited …, she …") set the scene
 * of the sentence's own act and are no reported clause ({@link FrontedAdverbialOnly}); a reported clause before its
 * attribution stays. The sentences are written for these tests.
 */
class FrontedAdverbialOnlyTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aFrontedSubordinateClauseIsNotWhatTheSpeakerSaid() {
        Extraction x = Extraction.of("The ferry was late again on Friday. As a small crowd of commuters waited on "
                + "the wet pier, Ana Okafor took to the radio to say thanks.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().startsWith("As a small crowd"));
    }

    @Test
    void aFrontedPhraseOpenedByAPrepositionIsNotWhatTheSpeakerSaid() {
        Extraction x = Extraction.of("The council met late. Despite repeated warnings from the harbour board, "
                + "Lena Brandt's speech seemed to encourage the strikers.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().startsWith("Despite repeated warnings"));
    }

    @Test
    void aFrontedClauseBeforeAQuestionPutToSomeoneIsNotWhatWasAsked() {
        Extraction x = Extraction.of("Just before the vote began, Ana Okafor asked the members for patience.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().startsWith("Just before the vote"));
    }

    @Test
    void aReportedClauseBeforeItsAttributionStays() {
        Extraction x = Extraction.of("Although the vote was close, the levy will pass next week, Ana Okafor said.",
                PEOPLE);
        assertThat(x.containing("the levy will pass").text()).contains("the levy will pass next week");
        assertThat(x.name(x.containing("the levy will pass").speaker())).isEqualTo("Ana Okafor");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule fronted-question-no-antecedent: the pronoun after "Asked whether X …," is the one asked, never X (the sentences
 * are invented for these tests).
 */
class FrontedQuestionTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ingrid Solberg", "Tom Halden", "Paul Brenner");

    @Test
    void theOneAskedIsNotTheManNamedInTheQuestion() {
        Extraction x = Extraction.of("Paul Brenner spoke to the board on Monday.\n\nAsked whether Tom Halden would "
                + "win the seat, he said the race was close.", PEOPLE);
        assertThat(x.name(x.containing("the race was close").speaker())).isEqualTo("Paul Brenner");
    }

    @Test
    void theOneAskedIsNotTheWomanNamedInTheQuestion() {
        Extraction x = Extraction.of("Ingrid Solberg spoke to the board on Monday.\n\nWhen asked if Marta Vell would "
                + "resign, she replied that every option remained open.", ListTagger.people("Ingrid Solberg",
                "Marta Vell"));
        assertThat(x.name(x.containing("every option remained open").speaker())).isEqualTo("Ingrid Solberg");
    }

    @Test
    void onlyAFrontedQuestionClauseClosedRightBeforeThePronounCounts() {
        String text = "Asked whether Tom Halden would win, he said no. After Tom Halden won, he said yes.";
        assertThat(FrontedQuestion.before(text, 0, text.indexOf("he said no"))).isTrue();
        int second = text.indexOf("After");
        assertThat(FrontedQuestion.before(text, second, text.indexOf("he said yes"))).isFalse();
        assertThat(FrontedQuestion.before(text, 0, text.indexOf("Tom"))).isFalse();
    }
}

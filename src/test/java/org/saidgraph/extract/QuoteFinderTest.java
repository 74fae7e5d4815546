package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFinderTest {

    private static List<String> quotes(String text) {
        return new QuoteFinder().find(text, new TextLayout(text)).stream().map(q -> q.text(text)).toList();
    }

    @Test
    void findsStraightAndCurlyQuotesWithoutTheirMarks() {
        assertThat(quotes("\"We will rebuild,\" the mayor said. “It will take years.”"))
                .containsExactly("We will rebuild,", "It will take years.");
    }

    @Test
    void closesAMismatchedCurlyOpenerWithAStraightMark() {
        assertThat(quotes("The minister wrote: “No deal is possible.\" Talks ended."))
                .containsExactly("No deal is possible.");
    }

    @Test
    void endsAnUnclosedQuoteAtItsParagraphAndReopensInTheNext() {
        String text = "She said: “The first part runs on.\n\"And the second part ends here.”";
        assertThat(quotes(text)).containsExactly("The first part runs on.", "And the second part ends here.");
    }

    @Test
    void curlyMarksInsideAStraightQuotationEncloseAQuotationWithinItNotItsEnd() {
        assertThat(quotes("\"He told me “no” twice,\" she said.")).containsExactly("He told me “no” twice,");
        assertThat(quotes("\"ROE: As “The Daily” wrote, the plan is dead. So why vote?"))
                .containsExactly("ROE: As “The Daily” wrote, the plan is dead. So why vote?");
    }

    @Test
    void findsGuillemets() {
        assertThat(quotes("«Nous ne céderons pas», a-t-il dit.")).containsExactly("Nous ne céderons pas");
    }

    @Test
    void findsASingleQuotedTermInsideADoubleQuoteAsNested() {
        String text = "\"They call it a 'special operation', but it is a war,\" he said.";
        List<Quote> found = new QuoteFinder().find(text, new TextLayout(text));
        assertThat(found).hasSize(2);
        assertThat(found.get(1).nested()).isTrue();
        assertThat(found.get(1).text(text)).isEqualTo("special operation");
    }

    @Test
    void doesNotTakeApostrophesForQuotes() {
        assertThat(quotes("Russia's army can't hold the city, officials' reports say.")).isEmpty();
    }

    @Test
    void findsTopLevelSingleQuotes() {
        assertThat(quotes("'We will not give up,' she wrote.")).containsExactly("We will not give up,");
    }
}

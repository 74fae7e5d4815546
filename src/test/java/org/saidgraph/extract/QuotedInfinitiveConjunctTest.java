package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard quoted-infinitive-conjunct ({@link QuotedInfinitiveConjunct}) on {@link QuotationEndsClause}: a bare verb
 * after "and" that follows a quotation opened by an infinitive's "to" is the second thing asked for, so the statement
 * runs on past the closing mark; "and" and a verb in the speaker's own tense still open a second act. The sentences
 * are invented for these tests.
 */
class QuotedInfinitiveConjunctTest {

    private static final ListTagger PEOPLE = ListTagger.people("Dana Roe");

    @Test
    void aBareVerbAfterAQuotedInfinitiveGoesOnWithWhatWasUrged() {
        Extraction x = Extraction.of("In an open letter, the fishermen's union urged Dana Roe to “stop selling off "
                + "the harbour” and call on the port director to resign.", PEOPLE);
        assertThat(x.containing("stop selling off the harbour").text())
                .contains("and call on the port director to resign");
    }

    @Test
    void aSecondActInThePastStillEndsTheStatementAtTheQuotation() {
        Extraction x = Extraction.of("The union called the pier plan a “relic of another age” and said the levy "
                + "would ruin the fleet.", PEOPLE);
        assertThat(x.containing("relic of another age").text()).doesNotContain("levy");
    }
}

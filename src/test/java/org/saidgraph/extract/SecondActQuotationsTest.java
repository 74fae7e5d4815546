package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cut before a second act ({@link QuotationEndsClause}) and the step {@link SecondActQuotations}: a reported
 * clause that ends in a quotation stops before "and said “…”", and the second quotation is a verbatim statement of
 * the same speaker. The sentences are invented for these tests.
 */
class SecondActQuotationsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aClauseEndingInAQuotationStopsBeforeAndSaidWhoseQuotationIsAStatementOfItsOwn() {
        Extraction x = Extraction.of("The levy vote is on Friday. Lena Brandt told reporters that she thinks the levy "
                + "is “a tax on fishermen” and said “we will vote it down next spring.”", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .containsExactly("she thinks the levy is “a tax on fishermen”", "we will vote it down next spring.");
        Statement second = x.dataset().statements().get(1);
        assertThat(second.verbatim()).isTrue();
        assertThat(second.speaker()).isEqualTo(x.dataset().statements().get(0).speaker());
    }

    @Test
    void aParticipleAfterTheQuotationIsNoSecondAct() {
        assertThat(SecondActQuotations.secondAct("and", "said")).isTrue();
        assertThat(SecondActQuotations.secondAct("but", "conceded")).isTrue();
        assertThat(SecondActQuotations.secondAct("and", "saying")).isFalse();
        assertThat(SecondActQuotations.secondAct("and", "harbour")).isFalse();
    }
}

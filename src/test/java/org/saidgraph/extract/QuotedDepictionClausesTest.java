package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step {@link QuotedDepictionClauses}: a quoted fragment in the complement of a verb that characterizes in words
 * is one statement with that complement, said by the verb's subject, and not verbatim. The sentences are invented for
 * these tests.
 */
class QuotedDepictionClausesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aFragmentInAReferredToAsPhraseIsTheWholeComplementOfItsSubject() {
        Extraction x = Extraction.of("The ferry plan came up again on Tuesday. Ana Okafor referred to the plan as “a "
                + "gift to the shipping lobby” for the third time this month.", PEOPLE);
        assertThat(x.dataset().statements()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("to the plan as “a gift to the shipping lobby” for the third time this month");
            assertThat(s.verbatim()).isFalse();
            assertThat(x.dataset().entities()).filteredOn(e -> e.id().equals(s.speaker()))
                    .extracting(e -> e.name()).containsExactly("Ana Okafor");
        });
    }

    @Test
    void aFragmentInTheComplementOfCreditedIsOneStatementWithIt() {
        Extraction x = Extraction.of("The harbour board met on Monday. Lena Brandt credited the night crews with "
                + "keeping “the whole port afloat” through the winter storms.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .containsExactly("the night crews with keeping “the whole port afloat” through the winter storms");
    }

    @Test
    void aQuotedNameIntroducedWithoutAnAsPhraseIsNoStatement() {
        Extraction x = Extraction.of("The session opened late. The two councillors introduced the “Clean Harbour and "
                + "Quiet Water Act,” which would close the old pier at night.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("Clean Harbour"));
    }
}

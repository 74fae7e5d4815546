package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step {@link QuotedObjectFragments}: a quotation whose speaker is only guessed from its sentence, in the
 * complement of a verb of that speaker outside the lexicon, is one statement with the complement. The sentences are
 * invented for these tests.
 */
class QuotedObjectFragmentsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt", "Ana Okafor");

    @Test
    void aFragmentInTheComplementOfASecondVerbIsOneStatementWithIt() {
        Extraction x = Extraction.of("The council met on Tuesday. Lena Brandt called the levy “a gift to the shipping "
                + "lobby” and ranked it among the “worst deals in a generation.”", PEOPLE);
        assertThat(x.dataset().statements()).filteredOn(s -> s.text().contains("worst deals"))
                .singleElement().satisfies(s -> {
                    assertThat(s.text()).isEqualTo("it among the “worst deals in a generation.”");
                    assertThat(s.verbatim()).isFalse();
                    assertThat(x.dataset().entities()).filteredOn(e -> e.id().equals(s.speaker()))
                            .extracting(e -> e.name()).containsExactly("Lena Brandt");
                });
    }

    @Test
    void aChantAfterOfIsNotWidenedToTheVerbThatRousedIt() {
        Extraction x = Extraction.of("The council met on Tuesday. Lena Brandt spoke for an hour and moved the crowd "
                + "to chants of “Vote them all out!” at the end.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("the crowd"));
    }
}

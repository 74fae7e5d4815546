package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step {@link NarrationPieces}: a sentence that a quotation begins and the reporter's words finish after the
 * attribution ("“…,” she said, would …") is one statement of both pieces, not verbatim, the quoted words in their marks;
 * a reporter's aside after the attribution is not part of it. The sentences are invented for these tests.
 */
class NarrationPiecesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Hugh Hill", "Ana Okafor");

    @Test
    void aNarrationPieceOpeningWithAModalAfterTheAttributionFinishesTheQuotedSentence() {
        Extraction x = Extraction.of("The pier will close for the summer. “Only the harbour board,” Ana Okafor said, "
                + "would dare to close the pier in June.", PEOPLE);
        assertThat(x.dataset().statements()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("“Only the harbour board,”" + Statement.PART_JOINER
                    + "would dare to close the pier in June");
            assertThat(s.verbatim()).isFalse();
            assertThat(x.dataset().entities()).filteredOn(e -> e.id().equals(s.speaker()))
                    .extracting(e -> e.name()).containsExactly("Ana Okafor");
        });
    }

    @Test
    void aThatClauseAfterTheAttributionFinishesTheQuotedSentence() {
        Extraction x = Extraction.of("Both ferries were laid up last week. “It was plain bad luck,” Hugh Hill said, that "
                + "the two engines failed within a day of each other.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text).containsExactly("“It was plain bad luck,”"
                + Statement.PART_JOINER + "that the two engines failed within a day of each other");
    }

    @Test
    void aParticipleAfterTheAttributionIsTheReportersAsideNotAPieceOfTheQuotation() {
        Extraction x = Extraction.of("The pier will close for the summer. “We have no money left for repairs,” Ana "
                + "Okafor said, pointing to the cracked pilings.", PEOPLE);
        assertThat(x.dataset().statements()).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("We have no money left for repairs,");
            assertThat(s.verbatim()).isTrue();
        });
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("repairs") && t.contains("pilings"));
    }
}

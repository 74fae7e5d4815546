package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filter same-statement-twice: one speaker's words are one statement however many readings reached them (the
 * sentences are invented for these tests).
 */
class SameStatementTwiceTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor");

    @Test
    void aQuotationReadAlsoAsReportedSpeechIsOneVerbatimStatement() {
        String text = "The harbour board published its findings on Monday. According to the report, “the harbour will "
                + "have to close in May unless the council finds new money for the sea wall.”";
        Extractor.Traced traced = new Extractor(PEOPLE, Extraction.GAZETTEER).extractTraced(
                new ArticleInput(text, "Test article", null, null, null, null), KnownEntities.none());
        assertThat(traced.dataset().statements()).filteredOn(s -> s.text().contains("the harbour will have to close"))
                .singleElement().extracting(Statement::verbatim).isEqualTo(true);
        assertThat(traced.dropped()).anySatisfy(d -> {
            assertThat(d.filter()).isEqualTo("same-statement-twice");
            assertThat(d.rule()).isEqualTo("according-to");
        });
    }

    @Test
    void theSameWordsSaidAtTwoPlacesAreTwoStatements() {
        Extraction x = Extraction.of("Ana Okafor said the ferry would keep running all winter. The board met on "
                + "Tuesday.\n\nLater that week, Ana Okafor said the ferry would keep running all winter.", PEOPLE);
        assertThat(x.dataset().statements()).filteredOn(s -> s.text().equals("the ferry would keep running all winter"))
                .hasSize(2);
    }
}

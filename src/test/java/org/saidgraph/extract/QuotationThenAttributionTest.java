package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code quotation-then-attribution} ({@link QuotationThenAttribution}): a reported clause whose quotation is
 * followed by a comma and an attribution closing the sentence ends at the quotation's closing mark; an attribution
 * that goes on to say something of its own does not end it. The sentences are invented for these tests.
 */
class QuotationThenAttributionTest {

    private static final ListTagger PEOPLE = ListTagger.people("Mara Velez", "Tomas Lind");

    @Test
    void aClauseEndsAtItsQuotationBeforeTheNewspaperThatReportedIt() {
        Extraction x = Extraction.of("Mara Velez said the harbour board had placed the ferry contract in a “sealed "
                + "drawer,” the Gazette reported.", PEOPLE);
        assertThat(x.speakerName("the harbour board had placed the ferry contract in a “sealed drawer,”"))
                .isEqualTo("Mara Velez");
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("sealed drawer"))
                .noneMatch(t -> t.contains("sealed drawer") && t.contains("reported"));
    }

    @Test
    void aClauseEndsAtItsQuotationBeforeANameAndAdded() {
        Extraction x = Extraction.of("Tomas Lind said the ferry would “run until the ice comes,” Velez added.",
                PEOPLE);
        assertThat(x.speakerName("the ferry would “run until the ice comes,”")).isEqualTo("Tomas Lind");
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("ice comes") && t.contains("added"));
    }

    @Test
    void aClauseEndsAtItsQuotationBeforeAccordingTo() {
        Extraction x = Extraction.of("Mara Velez warned that the levy would fall on “families who can least afford "
                + "it,” according to the Gazette.", PEOPLE);
        assertThat(x.speakerName("the levy would fall on “families who can least afford it,”")).isEqualTo("Mara Velez");
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.startsWith("the levy") && t.contains("according"));
    }

    @Test
    void aClauseEndsBeforeTheHearerOfTold() {
        Extraction x = Extraction.of("Tomas Lind said the new levy was “a tax on fishermen,” Mara Velez told the "
                + "Gazette.", PEOPLE);
        assertThat(x.speakerName("the new levy was “a tax on fishermen,”")).isEqualTo("Tomas Lind");
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.startsWith("the new levy") && t.contains("told"));
    }

    @Test
    void anAttributionWithAClauseOfItsOwnIsNoClosingOne() {
        Extraction x = Extraction.of("Tomas Lind said the new levy was “a tax on fishermen,” Mara Velez argued that "
                + "the fund should pay for it.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.equals("the new levy was “a tax on fishermen,”"));
    }
}

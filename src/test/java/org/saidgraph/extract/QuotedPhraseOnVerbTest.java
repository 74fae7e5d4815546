package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quoted words that are only a prepositional phrase on the speech verb ("ready to talk “at any hour”") say how the
 * subject would speak, not what was said ({@link QuotedPhraseOnVerb}). The sentences are written for these tests.
 */
class QuotedPhraseOnVerbTest {

    @Test
    void aQuotedPhraseOnTheVerbIsNotAStatementInsideTheClauseAroundIt() {
        Extraction x = Extraction.of("Sandra Ott runs the bus company. She said the company remained ready to talk "
                + "\"at any hour.\"", SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().startsWith("at any hour"));
        assertThat(x.containing("remained ready to talk").text()).contains("at any hour");
    }

    @Test
    void aQuotationAfterACommaStandsForItself() {
        Extraction x = Extraction.of("The host turned to the senator. Wallis then asked, \"With the navy?\"",
                SharedCoreNlp.ANALYZER);
        assertThat(x.containing("With the navy").text()).contains("With the navy?");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The source after "according to" (the sentences are invented). */
class AccordingToSourceTest {

    @Test
    void aHyphenInsideAWordDoesNotEndTheSource() {
        Extraction x = Extraction.of("The top earners would see their incomes rise by a fifth, according to the "
                + "conservative-leaning Harbour Foundation.", ListTagger.people());
        assertThat(x.speakerName("The top earners would see their incomes rise by a fifth"))
                .contains("Harbour Foundation");
    }

    /**
     * Who only came to hold a document ("seen by", "obtained by") is not its source; nor, as PolNeAR annotates it,
     * who released it (session 33): the document is.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
            "seen by, Briefing paper", "obtained by, Briefing paper", "released by, Briefing paper"})
    void theOneWhoOnlyHoldsADocumentIsNotItsSource(String participle, String source) {
        Extraction x = Extraction.of("According to a ministry briefing paper " + participle + " the Ellis Courier, "
                + "officials have modelled a reduced service of three sailings a day.",
                new ListTagger(java.util.Map.of("Ellis Courier", "ORGANIZATION")));
        assertThat(x.speakerName("officials have modelled a reduced service of three sailings a day")).containsIgnoringCase(source);
    }
}

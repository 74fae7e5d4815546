package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quotation of one or two words that is a sentence of its own is speech, not a term ({@link ShortSentenceQuote}).
 * The sentences are written for these tests.
 */
class ShortSentenceQuoteTest {

    @Test
    void aShortSentenceAfterTheAttributionIsTheSecondPieceOfTheQuotation() {
        Extraction x = Extraction.of("Farmers rallied on Monday.\n\n\"We are the ones who feed this state,\" said Ruth "
                + "Okonkwo. \"It's insulting.\"", SharedCoreNlp.ANALYZER);
        assertThat(x.containing("feed this state").text()).endsWith("It's insulting.");
    }

    @Test
    void aShortSentenceAfterAColonIsSpeech() {
        Extraction x = Extraction.of("Governor Lena Haas signed the deal on Monday.\n\nHaas was blunt: \"It will.\"",
                SharedCoreNlp.ANALYZER);
        assertThat(x.speakerName("It will.")).isEqualTo("Lena Haas");
    }

    @Test
    void aShortTermInsideTheReportersSentenceIsStillNoStatement() {
        Extraction x = Extraction.of("Governor Lena Haas signed the deal on Monday. Critics called the plan \"a farce.\"",
                SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().equals("a farce."));
    }
}

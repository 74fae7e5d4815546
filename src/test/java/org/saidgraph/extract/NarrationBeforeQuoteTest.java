package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporter's narration before "SPEAKER VERB, “…”" is not what was said when the quotation opens a sentence of its
 * own ({@link NarrationBeforeQuote}, {@code verb-after-narration}); a quotation that opens in lower case goes on with
 * the words before it. The sentences are written for these tests.
 */
class NarrationBeforeQuoteTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void theNarrationBeforeTheSpeakerIsNotWhatWasSaid() {
        Extraction x = Extraction.of("The ferry vote is next month. After a reporter asked who would win the vote, "
                + "Lena Brandt replied, “If I had to guess today, I would pick the mayor.”", PEOPLE);
        assertThat(x.speakerName("If I had to guess today, I would pick the mayor.")).isEqualTo("Lena Brandt");
        assertThat(x.dataset().statements()).as("the question put to her is the reporter's narration")
                .noneMatch(s -> s.text().contains("After a reporter"));
    }

    @Test
    void aClauseOfTheReportersBeforeTheSpeakerIsLeftOut() {
        Extraction x = Extraction.of("The harbour board met on Tuesday. Soon after the board voted to close the pier, "
                + "Ana Okafor wrote to her followers, “It is time to find a new board.”", PEOPLE);
        assertThat(x.speakerName("It is time to find a new board.")).isEqualTo("Ana Okafor");
    }
}

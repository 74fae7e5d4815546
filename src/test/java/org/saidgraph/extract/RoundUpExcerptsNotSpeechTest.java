package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BylineTitles}' session-28 steps: in a link round-up, the quoted title joined to the quoted excerpt after its
 * byline, and the excerpt itself, are not the last speaker's words; a quotation whose inner closing mark is followed
 * by "by" and an agent (no colon) stays. The sentences are written for these tests.
 */
class RoundUpExcerptsNotSpeechTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt", "Tom Reyes");

    @Test
    void aTitleAndItsExcerptAfterTheBylineAreNotTheLastSpeakersWords() {
        String text = "Harbour notes.\nAna Okafor said the ferry would run all winter.\n"
                + "FAREWELL—\"Last summer for the little harbour museum,\" by Gazette's Lena Brandt: \"The museum, "
                + "a small hall by the pier, will shut its doors for good after forty years of shows.\" http://x.io/1\n"
                + "PSA—\"You have until Friday to get a free pass,\" by Ledger's Tom Reyes: \"The pier pass gives free "
                + "rides, free shows and a discount at the cafe.\" http://x.io/2";
        Extractor.Traced traced = traced(text);
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("museum") || t.contains("pier pass") || t.contains("free pass"));
        assertThat(traced.dropped()).extracting(DroppedStatement::filter).contains("byline-title");
    }

    @Test
    void aQuotationWithAnAgentAfterAnInnerMarkStays() {
        String text = "Harbour notes.\nThe council met on Monday.\n"
                + "“Saved at the last minute” by the Harbour Council, the winter ferry will keep its two "
                + "crossings a day, Ana Okafor said.";
        assertThat(traced(text).dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("Saved at the last minute"));
    }

    private static Extractor.Traced traced(String text) {
        return Extraction.traced(text, PEOPLE);
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saidgraph.extract.NoOverlapFiltersTest.assertDropped;
import static org.saidgraph.extract.NoOverlapFiltersTest.traced;

/**
 * The filters of session 20 for a reported reading whose words are the attribution itself
 * ({@link AttributionReadings}): the speaker's own description after an inverted "said", and the circumstance of the
 * verb that attributes a quotation in parts. Each shape is dropped, by that filter, beside the true shape that must
 * stay. The sentences are written for these tests; the helpers and names are {@link NoOverlapFiltersTest}'s.
 */
class AttributionReadingsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void theSpeakersDescriptionAfterAnInvertedVerbIsNotWhatWasSaid() {
        Extractor.Traced traced = traced("“This is still our little harbour!” said Lena Brandt, 39, a pilot at the "
                + "Golden Anchor quay, which runs a night ferry.");
        assertDropped(traced, "speaker-description", "a pilot at the Golden Anchor");
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("This is still our little harbour"));
    }

    @Test
    void aClauseAfterTheSpeakersDescriptionStays() {
        Extraction x = Extraction.of("Lena Brandt, a pilot who has worked the harbour for twenty years, said the "
                + "ferry would run all winter.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("the ferry would run all winter"));
    }

    @Test
    void theCircumstanceOfAQuotationsOwnVerbIsNotWhatWasSaid() {
        Extractor.Traced traced = traced("“No board will ever get every rule right,” Ana Okafor said when asked "
                + "about the harbour rules, which were written under the old board. “But we try.”");
        assertDropped(traced, "quotation-own-cue", "asked about the harbour rules");
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("No board will ever get every rule right"));
    }

    @Test
    void aReportedClauseOfItsOwnVerbStays() {
        Extraction x = Extraction.of("Ana Okafor said the pier was safe when asked about the storm damage.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("the pier was safe"));
    }
}

package org.saidgraph.extract;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "“A,” Jane Roe, 49, told the Gazette.": the name after "told" is the hearer, never an inverted speaker; the speaker is
 * the subject right after the quotation. The sentences are written for these tests.
 */
class HearerAfterTellTest {

    private static final ListTagger TAGGER = new ListTagger(Map.of("Hugh Hill", "PERSON", "Ana Okafor", "PERSON",
            "Harbour Gazette", "ORGANIZATION"));

    @Test
    void theNameAfterToldIsTheHearerAndTheSubjectBeforeItSpeaks() {
        Extraction x = Extraction.of("The ferry plan divides the town.\n\n“Most of my neighbours have never taken the "
                + "ferry in winter,” Hugh Hill, 52, told the Harbour Gazette. “They will not start now.”", TAGGER);
        assertThat(x.name(x.containing("Most of my neighbours").speaker())).isEqualTo("Hugh Hill");
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("Hugh Hill, 52"));
        assertThat(x.dataset().statements()).allMatch(s -> !"Harbour Gazette".equals(x.name(s.speaker())));
    }

    @Test
    void anInvertedSaidStillNamesTheSpeakerAfterIt() {
        Extraction x = Extraction.of("The ferry plan divides the town.\n\n“Most of my neighbours have never taken the "
                + "ferry in winter,” said Ana Okafor, a member of the board.", TAGGER);
        assertThat(x.speakerName("Most of my neighbours have never taken the ferry in winter,")).isEqualTo("Ana Okafor");
    }
}

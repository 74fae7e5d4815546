package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code hypothetical-act} ({@link HypotheticalAct}): a speech verb with a modal of its own inside a statement of
 * the same speaker is an act she says she may perform, part of what she said; without the modal, or said by someone
 * else, it stays a statement. The sentences are written for these tests.
 */
class HypotheticalActTest {

    private static final ListTagger PEOPLE = ListTagger.people("Irene Castillo", "Dale Whitcomb");

    @Test
    void anActTheSpeakerSaysSheWouldPerformIsPartOfWhatSheSaid() {
        Extractor.Traced t = traced("The debate ran late.\nIrene Castillo said she would declare "
                + "an emergency on her first day in office if the reservoirs fell below a third of their capacity.");
        assertThat(t.dataset().statements()).extracting(Statement::text).containsExactly(
                "she would declare an emergency on her first day in office if the reservoirs fell below a third of "
                        + "their capacity");
        assertThat(t.dropped()).anySatisfy(d -> assertThat(d.filter()).isEqualTo("hypothetical-act"));
    }

    @Test
    void anActTheSpeakerSaysSheHasPerformedStaysAStatement() {
        Extraction x = Extraction.of("The debate ran late.\nIrene Castillo said she had declared an emergency "
                + "because the reservoirs had fallen below a third of their capacity.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(s -> s.startsWith("an emergency"));
    }

    private static Extractor.Traced traced(String text) {
        return Extraction.traced(text, PEOPLE);
    }
}

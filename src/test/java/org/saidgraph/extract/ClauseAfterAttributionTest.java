package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ClauseAfterAttribution}: a reported clause that goes on after the attribution set inside its sentence is
 * one statement, in two parts around the attribution. The sentences are invented for these tests.
 */
class ClauseAfterAttributionTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Tomas Brandt");

    @Test
    void whatFollowsAnAttributionInsideTheSentenceFinishesWhatWasSaid() {
        String text = "The harbour board had no plans, Ana Okafor said, to raise the levy before the summer.";
        Extraction x = Extraction.of(text, PEOPLE);
        Statement s = board(x);
        assertThat(text.substring(s.span().start(), s.span().end()))
                .isEqualTo("The harbour board had no plans, Ana Okafor said, to raise the levy before the summer");
        assertThat(s.text()).doesNotContain("Okafor said").contains("to raise the levy before the summer");
        assertThat(x.name(s.speaker())).isEqualTo("Ana Okafor");
    }

    @Test
    void howOrWhenTheSpeakerSpokeStaysOut() {
        String text = "The harbour board had no plans, Ana Okafor said, speaking on condition of anonymity.";
        Extraction x = Extraction.of(text, PEOPLE);
        Statement s = board(x);
        assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo("The harbour board had no plans");
    }

    @Test
    void whatDescribesASpeakerNamedAfterTheVerbStaysOut() {
        String text = "The harbour board had no plans, said Tomas Brandt, the chairman of the dock workers' union.";
        Extraction x = Extraction.of(text, PEOPLE);
        Statement s = board(x);
        assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo("The harbour board had no plans");
    }

    /** The statement about the harbour board. */
    private static Statement board(Extraction x) {
        return x.dataset().statements().stream().filter(t -> t.text().startsWith("The harbour board")).findFirst()
                .orElseThrow();
    }
}

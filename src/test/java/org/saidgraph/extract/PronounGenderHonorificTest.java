package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule pronoun-gender-honorific: a surname alone says nothing of gender, but "Mr." or "Ms." before it does, so "she"
 * is not the "Mr. Keller" who is the nearest subject, nor "he" the "Ms. Marsh" (the sentences are invented for these
 * tests).
 */
class PronounGenderHonorificTest {

    private static final ListTagger PEOPLE = ListTagger.people("Tom Keller", "Lydia Marsh", "Keller", "Marsh");

    @Test
    void sheIsNotTheSurnameAfterMister() {
        // The nearest sentence's only person is "Mr. Keller", after "as": the woman of the sentence before speaks.
        Extraction x = Extraction.of("Lydia Marsh spoke at the harbor on Friday. The speech promised calm after the "
                + "flood, just as Mr. Keller had. She, too, is a cautious planner, describing her own plan for the "
                + "dock as modest.", PEOPLE);
        assertThat(x.speakerName("her own plan for the dock as modest")).isEqualTo("Lydia Marsh");
    }

    @Test
    void heIsNotTheSurnameAfterMs() {
        Extraction x = Extraction.of("Tom Keller spoke at the harbor on Friday. The speech promised calm after the "
                + "flood, just as Ms. Marsh had. He, too, is a cautious planner, describing his own plan for the dock "
                + "as modest.", PEOPLE);
        assertThat(x.speakerName("his own plan for the dock as modest")).isEqualTo("Tom Keller");
    }
}

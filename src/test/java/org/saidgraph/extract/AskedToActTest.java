package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code asked-to-act} ({@link AskedToAct}): "asked someone to do something" is a demand; "asked whether …" stays
 * a question. The sentences are invented for these tests.
 */
class AskedToActTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Kalish Tribe", "ORGANIZATION",
            "Ron Tevis", "PERSON"));

    @Test
    void askingSomeoneToActIsADemand() {
        Extraction x = Extraction.of("The Kalish Tribe asked the port authority to survey the riverbanks.", NAMES);
        assertThat(x.containing("survey the riverbanks").act()).isEqualTo("demand");
    }

    @Test
    void askingSomeoneToActWithATimeBetweenIsADemand() {
        Extraction x = Extraction.of("Ron Tevis had asked the port authority in September to survey the riverbanks.",
                NAMES);
        assertThat(x.containing("survey the riverbanks").act()).isEqualTo("demand");
    }

    @Test
    void askingWhetherStaysAQuestion() {
        Extraction x = Extraction.of("Ron Tevis asked whether the port authority had surveyed the riverbanks.",
                NAMES);
        assertThat(x.containing("surveyed the riverbanks").act()).isEqualTo("question");
    }
}

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
}

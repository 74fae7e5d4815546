package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule introduced-description ({@link IntroducedDescription}): "A committee aide criticized …" introduces someone new;
 * "the aide" in the next sentence is that person, not the adviser the article named before, whose role fits the
 * noun. The sentences are invented.
 */
class IntroducedDescriptionTest {

    @Test
    void theAideIsTheAideJustIntroducedNotTheNamedAdviser() {
        Extraction x = Extraction.of("Panel fight\n\nThe panel interviewed deputy security adviser Ben Tarrow and "
                + "others last month.\n\nA Republican committee aide criticized the statement on Friday.\n\n“It is "
                + "plainly a stunt to help their candidate,” the aide said in an email.\n",
                ListTagger.people("Ben Tarrow", "Tarrow"));
        assertThat(x.name(x.containing("plainly a stunt").speaker())).isEqualTo("Republican committee aide");
    }
}

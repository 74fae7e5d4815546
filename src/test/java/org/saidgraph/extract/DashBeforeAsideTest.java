package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step {@code dash-before-aside} ({@link DashBeforeAside}): a clause around a parenthetical attribution ("the cuts,
 * she said, were overdue") begins after an unpaired dash before it, not at the sentence's start, whose clause before
 * the dash is the reporter's. The sentences are invented for these tests.
 */
class DashBeforeAsideTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void theClauseAroundTheAsideBeginsAfterTheDash() {
        Extraction x = Extraction.of("The council cut the ferry budget twice last spring - the cuts, Ana Okafor "
                + "said, were long overdue.", PEOPLE);
        String text = x.containing("were long overdue").text();
        assertThat(text).startsWith("the cuts").doesNotContain("ferry budget");
        assertThat(x.speakerName(text)).isEqualTo("Ana Okafor");
    }

    @Test
    void aConjunctionAfterTheDashIsLeftOut() {
        Extraction x = Extraction.of("The choir had a show planned for the weekend - and the licence, Lena Brandt "
                + "said, had taken months to obtain.", PEOPLE);
        assertThat(x.containing("had taken months to obtain").text()).startsWith("the licence");
    }

    @Test
    void aPairOfDashesSetsOffAnAsideInsideTheClause() {
        Extraction x = Extraction.of("Most of the boats - nine of the twelve - are too old, Lena Brandt said, to sail "
                + "in winter.", PEOPLE);
        assertThat(x.containing("to sail in winter").text()).startsWith("Most of the boats");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code asked-circumstance} ({@link AskedCircumstance}): a reported statement ends before the reporter's "when
 * asked …", "after being pressed …" that tells on what question the words were said. The sentences are invented
 * for these tests.
 */
class AskedCircumstanceTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void whenAskedEndsTheStatement() {
        Extraction x = Extraction.of("Ana Okafor said she had no plans to run for the seat when asked about the "
                + "election on Monday.", PEOPLE);
        assertThat(x.speakerName("she had no plans to run for the seat")).isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("asked"));
    }

    @Test
    void afterBeingPressedEndsTheStatement() {
        Extraction x = Extraction.of("Lena Brandt insisted the harbour levy was fair after being pressed by "
                + "fishermen at the town hall.", PEOPLE);
        assertThat(x.speakerName("the harbour levy was fair")).isEqualTo("Lena Brandt");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("pressed"));
    }

    @Test
    void aQuestionPutInTheReportedEventDoesNotEndTheStatement() {
        Extraction x = Extraction.of("Lena Brandt said the footage shows the driver stepping out of the van when "
                + "asked to do so by the guards and not resisting them at any point.", PEOPLE);
        assertThat(x.containing("the footage shows the driver").text()).contains("not resisting them");
    }
}

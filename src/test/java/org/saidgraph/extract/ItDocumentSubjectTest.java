package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code it-document-subject} of {@link Sources}: "it" after a sentence whose subject is a document or an
 * institution ("the report", "the board") stands for it, as "they" stands for a plural subject; a person subject does
 * not make "it" theirs. The sentences are written for these tests.
 */
class ItDocumentSubjectTest {

    private static final ListTagger PEOPLE = ListTagger.people("Arthur Kim");

    @Test
    void itAfterAReportAsSubjectIsTheReport() {
        Extraction x = Extraction.of("The audit was released Thursday.\nThe report said that in at least 60 cases, "
                + "contractors were paid for paving that inspectors never confirmed. It recommended that the "
                + "department require a signed inspection before any payment.", PEOPLE);
        assertThat(x.speakerName("the department require a signed inspection before any payment")).isEqualTo("Report");
    }

    @Test
    void itAfterAPersonAsSubjectStaysUnresolved() {
        Extraction x = Extraction.of("The audit was released Thursday.\nArthur Kim said that in at least 60 cases, "
                + "contractors were paid for paving that inspectors never confirmed. It recommended that the "
                + "department require a signed inspection before any payment.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("signed inspection")
                && "arthur-kim".equals(s.speaker()));
    }
}

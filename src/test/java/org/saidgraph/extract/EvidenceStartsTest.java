package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The named steps of {@link EvidenceStarts}: a reported clause's evidence takes in the word that opens it as a report,
 * while its text stays the reported words. The sentences are invented for these tests.
 */
class EvidenceStartsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor");

    @Test
    void theThatOpeningAReportedClauseIsEvidenceButNotText() {
        String text = "Ana Okafor said on Tuesday that the harbour levy will pass before the summer.";
        Extraction x = Extraction.of(text, PEOPLE);
        Statement s = x.the("the harbour levy will pass before the summer");
        assertThat(text.substring(s.span().start(), s.span().end()))
                .isEqualTo("that the harbour levy will pass before the summer");
        assertThat(x.speakerName("the harbour levy will pass before the summer")).isEqualTo("Ana Okafor");
    }

    @Test
    void aClauseWithNoThatBeforeItKeepsItsSpan() {
        String text = "Ana Okafor said the harbour levy will pass before the summer.";
        Extraction x = Extraction.of(text, PEOPLE);
        Statement s = x.the("the harbour levy will pass before the summer");
        assertThat(text.substring(s.span().start(), s.span().end()))
                .isEqualTo("the harbour levy will pass before the summer");
    }

    @Test
    void aThatBeforeTheCueStaysOutOfTheEvidence() {
        String text = "It was on that day the harbour levy failed, Ana Okafor said.";
        Extraction x = Extraction.of(text, PEOPLE);
        x.dataset().statements().forEach(s ->
                assertThat(text.substring(s.span().start(), s.span().end())).doesNotStartWith("that"));
    }

    @Test
    void theOneUrgedBeforeTheInfinitiveIsEvidenceButNotText() {
        String text = "Ana Okafor urged the harbour board to drop the new levy before the summer.";
        Extraction x = Extraction.of(text, PEOPLE);
        Statement s = x.the("to drop the new levy before the summer");
        assertThat(text.substring(s.span().start(), s.span().end()))
                .isEqualTo("the harbour board to drop the new levy before the summer");
    }
}

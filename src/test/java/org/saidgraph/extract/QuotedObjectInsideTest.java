package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verb whose object is a quotation ("which she called “…”"), read inside the reported clause of another statement,
 * is a quoted phrase of that clause, not an act of its own ({@link QuotedObjectInside}); standing in narration, it
 * stays a statement. The sentences are written for these tests.
 */
class QuotedObjectInsideTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aQuotedNameInsideAReportedClauseIsPartOfThatClauseNotAStatementOfItsOwn() {
        Extraction x = Extraction.of("Ana Okafor said the harbour levy, which she called “a tax on hope,” would fail "
                + "in the council.", PEOPLE);
        assertThat(x.speakerName("the harbour levy, which she called “a tax on hope,” would fail in the council"))
                .isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).as("the quoted words are already in the reported clause").hasSize(1);
    }

    @Test
    void aQuotedPhraseAfterWhatSomeoneCallsInsideAReportedClauseIsNotCountedTwice() {
        Extraction x = Extraction.of("Lena Brandt said that voters were hungry for what she calls “honest budgets.”",
                PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().startsWith("honest budgets"));
        assertThat(x.containing("voters were hungry").text()).contains("honest budgets");
    }

    @Test
    void aQuotedNameInNarrationStaysAStatement() {
        Extraction x = Extraction.of("The harbour levy, which Ana Okafor called “a tax on hope,” failed in the "
                + "council on Monday.", PEOPLE);
        assertThat(x.containing("a tax on hope").text()).startsWith("a tax on hope");
        assertThat(x.name(x.containing("a tax on hope").speaker())).isEqualTo("Ana Okafor");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement that ends with a quotation is the quotation alone when the words before it are the reporter's lead-in
 * (step {@code quotation-lead-in}): set off by a colon or a parenthesis, or holding the statement's own cue. The
 * sentences are written for these tests.
 */
class QuotationLeadInTest {

    @Test
    void narrationBeforeAColonIsNotPartOfTheQuotationAttributedAfterIt() {
        Extraction x = Extraction.of("Lena Brandt ran a small campaign to pay for a second printing of the harbour "
                + "report: “Read the report the council does not want you to read,” the appeal says.",
                ListTagger.people("Lena Brandt"));
        // The quotation alone, verbatim (its text with or without its marks, as the rule that reads it keeps them).
        assertThat(x.dataset().statements()).filteredOn(Statement::verbatim)
                .extracting(s -> s.text().replaceAll("^“|”$", ""))
                .contains("Read the report the council does not want you to read,");
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.startsWith("Lena Brandt ran") || t.contains("printing"));
    }

    @Test
    void theSpeechVerbBeforeAWholeSentenceQuotationIsNotPartOfIt() {
        Extraction x = Extraction.of("Although the council does not count the missed crossings, Ana Okafor said "
                + "about the timetable, “I support families who choose the night ferry.”",
                ListTagger.people("Ana Okafor"));
        // The quotation alone, with or without its marks as the rule that reads it keeps them (verb-after-narration
        // reads it without).
        Statement s = x.containing("I support families who choose the night ferry.");
        assertThat(s.text().replaceAll("^“|”$", "")).isEqualTo("I support families who choose the night ferry.");
        assertThat(x.name(s.speaker())).isEqualTo("Ana Okafor");
    }

    @Test
    void narrationBeforeAnOpeningParenthesisIsNotPartOfTheQuotation() {
        Extraction x = Extraction.of("But the new fares drew anger from ferry users (“I want my money back,” wrote "
                + "Tom Reyes, a fisherman from the north shore).", ListTagger.people("Tom Reyes"));
        assertThat(x.speakerName("“I want my money back,”")).isEqualTo("Tom Reyes");
    }

    @Test
    void aQuotationInLowerCaseAfterTheAttributionGoesOnWithTheClauseBeforeIt() {
        Extraction x = Extraction.of("So when the ferry company raised the fares last winter, Tom Reyes said, “we "
                + "were stunned.”", ListTagger.people("Tom Reyes"));
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.startsWith("So when the ferry company") && t.endsWith("stunned.”"));
    }

    @Test
    void aClauseReportedBeforeAColonKeepsTheQuotationAfterIt() {
        Extraction x = Extraction.of("Lena Brandt said the harbour report was held back because it was stuck in the "
                + "council's archive: “Nobody has read it since June.”", ListTagger.people("Lena Brandt"));
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.startsWith("the harbour report was held back") && t.endsWith("June.”"));
    }
}

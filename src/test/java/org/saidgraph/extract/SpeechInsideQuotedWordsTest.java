package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reading whose cue stands inside another speaker's verbatim words is a piece of those words, not an attribution of
 * its own ({@link SpeechInsideQuotedWords}). The sentences are written for these tests.
 */
class SpeechInsideQuotedWordsTest {

    private static final String SPLIT = "“The crews are ready,” Okafor said. “The report blames the mayor for the "
            + "delay.”";

    @Test
    void aVerbInsideAColonBlockGivesNoStatementOfItsOwn() {
        Extractor.Traced t = Extraction.traced("Port review\nAccording to the columnist Lena Harrow, the report is "
                + "thin.\n\nHarrow writes:\n\nThe audit criticizes the harbour master in one short paragraph, and the "
                + "ferry crews get no word at all. Readers will come away thinking the port did little.\n",
                SharedCoreNlp.ANALYZER);
        assertThat(t.dataset().statements()).anySatisfy(s -> assertThat(s.text()).startsWith("The audit criticizes"))
                .noneMatch(s -> s.text().startsWith("the harbour master"));
        assertThat(t.dropped()).extracting(DroppedStatement::filter).contains(SpeechInsideQuotedWords.FILTER);
    }

    @Test
    void aReadingWithItsCueInsideAQuotationsPieceIsInsideIt() {
        Found quotation = quotation();
        Found reading = found(SPLIT.indexOf("the mayor"), SPLIT.indexOf(" for the delay"), false);
        reading.cue(SPLIT.indexOf("blames"), SPLIT.indexOf("blames") + 6);
        assertThat(SpeechInsideQuotedWords.inside(quotation, reading)).isTrue();
    }

    @Test
    void theAttributionBetweenAQuotationsPiecesIsNotInsideIt() {
        Found quotation = quotation();
        Found reading = found(1, SPLIT.indexOf(",” Okafor"), true);
        reading.cue(SPLIT.indexOf("said"), SPLIT.indexOf("said") + 4);
        assertThat(SpeechInsideQuotedWords.inside(quotation, reading)).isFalse();
    }

    @Test
    void aReadingInsideAReportedClauseStays() {
        String text = "Okafor said the report blames the mayor for the delay.";
        Found clause = found(text.indexOf("the report"), text.length() - 1, false);
        clause.cue(text.indexOf("said"), text.indexOf("said") + 4);
        Found reading = found(text.indexOf("the mayor"), text.length() - 1, false);
        reading.cue(text.indexOf("blames"), text.indexOf("blames") + 6);
        assertThat(SpeechInsideQuotedWords.inside(clause, reading)).isFalse();
    }

    /** The quotation in two pieces around its attribution, as the quote sieves join it. */
    private static Found quotation() {
        Found q = found(1, SPLIT.lastIndexOf('”'), true);
        q.cue(SPLIT.indexOf("said"), SPLIT.indexOf("said") + 4);
        q.parts.add(new int[]{1, SPLIT.indexOf(",” Okafor")});
        q.parts.add(new int[]{SPLIT.indexOf("The report"), SPLIT.lastIndexOf('”')});
        return q;
    }

    private static Found found(int start, int end, boolean verbatim) {
        return new Found(start, end, verbatim);
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code cue-clause-end} ({@link ReportedSpanBounds.CueClauseEnd}): a statement whose speech verb stands in a
 * subordinate clause ends where the parse closes that clause, at a comma followed by the main clause — but not when
 * the word after that comma opens no main clause: a relative pronoun or a bare verb goes on with what was said
 * ({@link ReportedSpanBounds#noMainClauseOpener}). The sentences are invented for these tests.
 */
class CueClauseEndTest {

    private static final ReportedSpanBounds.Cut CUT = new ReportedSpanBounds.CueClauseEnd();

    @Test
    void aSeriesOfBareVerbsAfterTheClauseStaysWithWhatWasUrged() {
        String text = "Ana Okafor spoke at the harbour, with her aides standing behind her as she urged the council "
                + "to fix the pier, repair the sea wall, open a clinic and hire more lifeguards.";
        Found f = statement(text, "the council to fix the pier", "lifeguards", "urged");
        assertThat(text.substring(f.start, CUT.end(StatementStartsTest.draft(text), f)))
                .endsWith("hire more lifeguards");
    }

    @Test
    void aRelativeClauseAfterTheClauseStaysWithWhatWasSaid() {
        String text = "It is the port workers, responding to calls from the dockers' union, who have pushed for a "
                + "strike.";
        Found f = statement(text, "calls from the dockers' union", "strike", "responding to");
        assertThat(text.substring(f.start, CUT.end(StatementStartsTest.draft(text), f)))
                .endsWith("who have pushed for a strike");
    }

    @Test
    void theMainClauseAfterTheClauseIsStillCutOff() {
        String text = "While Ana Okafor urged that the pier be closed, the board did nothing.";
        Found f = statement(text, "the pier be closed", "nothing", "urged");
        assertThat(text.substring(f.start, CUT.end(StatementStartsTest.draft(text), f)))
                .isEqualTo("the pier be closed");
    }

    /** A statement from {@code first} to the end of {@code last}, read from the cue {@code cue} before it. */
    private static Found statement(String text, String first, String last, String cue) {
        int start = text.indexOf(first);
        int end = text.indexOf(last) + last.length();
        int at = text.indexOf(cue);
        return Found.of(start, end, false, "speaker", Act.STATEMENT, "pattern-verb", 0.5).cue(at, at + cue.length());
    }
}

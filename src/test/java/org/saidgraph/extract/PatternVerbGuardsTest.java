package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saidgraph.extract.VerbSenseFiltersTest.assertDropped;
import static org.saidgraph.extract.VerbSenseFiltersTest.assertStatement;
import static org.saidgraph.extract.VerbSenseFiltersTest.traced;

/**
 * The guards and the bound of session 34 on the text-pattern reading ({@code pattern-verb}): "went on" before a noun
 * phrase ({@code went-on-place}), the topic after "said of" ({@code said-of-topic}), a speech verb's form inside a
 * hyphenated compound ({@code hyphen-compound}), and an object that ends before a participle
 * ({@code object-then-participle}); each beside the shape that must stay. The sentences are written for these tests.
 */
class PatternVerbGuardsTest {

    private static final String LEAD = "Harbour vote\nAna Okafor won the harbour vote on Tuesday.\n";

    @Test
    void goingOnTheRadioIsWhereNotWhat() {
        assertDropped(traced(LEAD + "On Monday, Lena Brandt went on local radio to defend the port plan."),
                "went-on-place", "local radio");
    }

    @Test
    void goingOnARantIsNotWhatWasSaid() {
        assertDropped(traced(LEAD + "Later Lena Brandt went on a tirade about her rivals."), "went-on-place",
                "a tirade");
    }

    @Test
    void theVerbAfterGoingOnTheRadioStillSpeaks() {
        assertStatement(LEAD + "On Monday, Lena Brandt went on local radio to defend the port plan.",
                "the port plan");
    }

    @Test
    void whatSomethingWasSaidOfIsTheTopic() {
        Extractor.Traced t = traced(LEAD + "\"Who do they imagine they are?\" Lena Brandt said of the ferry company.");
        assertDropped(t, "said-of-topic", "the ferry company");
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .anyMatch(x -> x.contains("Who do they imagine they are?"));
    }

    @Test
    void aVerbHyphenedToANounIsACompoundWord() {
        Extractor.Traced t = traced(LEAD
                + "Tom Reyes, the longest-serving member on the tax-writing Harbour Panel, voted against the plan.");
        assertThat(t.dataset().statements()).extracting(Statement::text).noneMatch(x -> x.contains("Panel"));
    }

    @Test
    void aVerbHyphenedToAnAdverbStillSpeaks() {
        assertStatement(LEAD + "Earlier, Lena Brandt had declined to run, half-joking to reporters that the ferry "
                + "needed her more.", "the ferry needed her more");
    }

    @Test
    void anInfinitiveObjectEndsBeforeAParticiple() {
        Extractor.Traced t = traced(LEAD + "As the ferry fees rise, Lena Brandt has pledged to expand the night "
                + "service, ending years of cuts.");
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .contains("to expand the night service")
                .noneMatch(x -> x.contains("ending years"));
        assertThat(t.trimmed().values()).anyMatch(c -> c.cuts().contains("object-then-participle"));
    }

    @Test
    void aParticipleAfterAPrepositionalPhraseStays() {
        Extractor.Traced t = traced(LEAD + "Lena Brandt hit back in the spring, faulting Tom Reyes for the delays at "
                + "the pier.");
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .anyMatch(x -> x.contains("in the spring, faulting Tom Reyes"));
    }
}

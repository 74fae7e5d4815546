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
    void goingOnTelevisionIsWhereNotWhat() {
        assertDropped(traced(LEAD + "On Monday, Lena Brandt went on national television to defend the port plan."),
                "went-on-place", "national television");
    }

    @Test
    void goingOnARantIsNotWhatWasSaid() {
        assertDropped(traced(LEAD + "Later Lena Brandt went on a long rant about her rivals."), "went-on-place",
                "a long rant");
    }

    @Test
    void theVerbAfterGoingOnTelevisionStillSpeaks() {
        assertStatement(LEAD + "On Monday, Lena Brandt went on national television to defend the port plan.",
                "the port plan");
    }

    @Test
    void whatSomethingWasSaidOfIsTheTopic() {
        Extractor.Traced t = traced(LEAD + "\"Who do they think they are?\" Lena Brandt said of the ferry company.");
        assertDropped(t, "said-of-topic", "the ferry company");
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .anyMatch(x -> x.contains("Who do they think they are?"));
    }

    @Test
    void aVerbHyphenedToANounIsACompoundWord() {
        Extractor.Traced t = traced(LEAD
                + "Tom Reyes, a senior member of the tax-writing Budget Committee, voted against the plan.");
        assertThat(t.dataset().statements()).extracting(Statement::text).noneMatch(x -> x.contains("Committee"));
    }

    @Test
    void aVerbHyphenedToAnAdverbStillSpeaks() {
        assertStatement(LEAD + "Earlier, Lena Brandt had declined to run, half-joking to friends that the town was "
                + "not ready for her.", "the town was not ready for her");
    }

    @Test
    void anInfinitiveObjectEndsBeforeAParticiple() {
        Extractor.Traced t = traced(LEAD + "As the ferry fees rise, Lena Brandt has pledged to expand the night "
                + "service, reversing her long opposition.");
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .contains("to expand the night service")
                .noneMatch(x -> x.contains("reversing"));
        assertThat(t.trimmed().values()).anyMatch(c -> c.cuts().contains("object-then-participle"));
    }

    @Test
    void aParticipleAfterAPrepositionalPhraseStays() {
        Extractor.Traced t = traced(LEAD + "Lena Brandt fired back in March, attacking Tom Reyes for \"the noise, "
                + "the waste and the delays\" of his campaign.");
        assertThat(t.dataset().statements()).extracting(Statement::text)
                .anyMatch(x -> x.contains("in March, attacking Tom Reyes"));
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session 26: "boast" with one noun phrase as its object means "have" ("the town boasts a new pier", "she boasts a
 * twenty-point lead"), so {@link BareObjectSense} drops it; what a colon opens after the verb is what was boasted
 * ("she maintains them in every speech: the levy, the bailout …") and is kept, for every verb of that filter. The
 * sentences are written for these tests.
 */
class BoastedObjectTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void boastingALeadIsHavingIt() {
        Extractor.Traced traced = traced("Ana Okafor won the ferry vote in March.\nAna Okafor boasts a "
                + "twenty-point lead in the harbour ward.");
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("twenty-point lead"));
        assertThat(traced.dropped()).extracting(DroppedStatement::filter).contains("bare-object-sense");
    }

    @Test
    void whatAColonOpensAfterTheVerbIsWhatWasSaid() {
        Extractor.Traced traced = traced("Lena Brandt opposed three harbour laws.\nShe maintains them in every "
                + "speech: the pier levy, the ferry bailout and the dock act.");
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .contains("the pier levy, the ferry bailout and the dock act");
        assertThat(traced.dropped()).extracting(DroppedStatement::filter).doesNotContain("bare-object-sense");
    }

    private static Extractor.Traced traced(String text) {
        return Extraction.traced(text, PEOPLE);
    }
}

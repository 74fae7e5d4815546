package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** What a naming verb says of its object: the object with what it was called or described as (sentences invented). */
class CharacterizingComplementTest {

    private static Extractor.Traced traced(String text, String... people) {
        return Extraction.traced(text, ListTagger.people(people));
    }

    private static Statement containing(Extractor.Traced t, String words) {
        return t.dataset().statements().stream().filter(s -> s.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with \"" + words + "\" among "
                        + t.dataset().statements().stream().map(Statement::text).toList()));
    }

    @Test
    void theObjectAndWhatItWasCalledBeforeTheReportersClause() {
        Extractor.Traced t = traced("Mayor Jane Roe called the harbour levy a burden on every fisherman before "
                + "explaining why she would vote against it.", "Jane Roe");
        Statement s = containing(t, "harbour levy");
        assertThat(s.text()).isEqualTo("the harbour levy a burden on every fisherman");
        assertThat(t.rules().get(s.id())).isEqualTo("verb-characterization");
    }

    @Test
    void theObjectAndItsAsPhrase() {
        Extractor.Traced t = traced("Tom Reyes described the new ferry schedule as nearly impossible to follow, "
                + "but the council adopted it anyway.", "Tom Reyes");
        assertThat(containing(t, "ferry schedule").text())
                .isEqualTo("the new ferry schedule as nearly impossible to follow");
    }

    @Test
    void theOccasionOfTheCallingIsNotWhatWasSaid() {
        Extractor.Traced t = traced("Tom Reyes called the toll increase \"outrageous\" in a tweet on Friday.",
                "Tom Reyes");
        assertThat(containing(t, "toll increase").text()).isEqualTo("the toll increase \"outrageous\"");
    }

    @Test
    void aListOfQuotedNamesGoesOnButAnApositionAfterTheQuotationIsTheReporters() {
        Extractor.Traced list = traced("Jane Roe called the harbour master a \"liar,\" a \"bully\" and \"unfit "
                + "for the job.\"", "Jane Roe");
        assertThat(containing(list, "harbour master").text())
                .startsWith("the harbour master a \"liar,\" a \"bully\" and \"unfit for the job");
        Extractor.Traced dig = traced("Jane Roe called the harbour master a \"moderate,\" a pointed jab at his "
                + "record on dredging.", "Jane Roe");
        assertThat(containing(dig, "harbour master").text()).isEqualTo("the harbour master a \"moderate,\"");
    }

    @Test
    void aNameGivenToAThingOrANegatedCallingIsNoCharacterization() {
        Extractor.Traced t = traced("The protest was organized by a group called Harbour Watch. Jane Roe faulted "
                + "the board for not calling the closure a mistake.", "Jane Roe");
        assertThat(t.dataset().statements()).noneMatch(s -> t.rules().get(s.id()).equals("verb-characterization"));
    }
}

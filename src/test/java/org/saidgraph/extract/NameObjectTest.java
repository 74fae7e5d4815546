package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule {@code verb-object-name}: one proper name as the object of a speech verb (sentences invented). */
class NameObjectTest {

    private static Extractor.Traced traced(String text, String... people) {
        return Extraction.traced(text, ListTagger.people(people));
    }

    private static Statement exactly(Extractor.Traced t, String words) {
        return t.dataset().statements().stream().filter(s -> s.text().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement \"" + words + "\" among "
                        + t.dataset().statements().stream().map(Statement::text).toList()));
    }

    private static boolean none(Extractor.Traced t, String words) {
        return t.dataset().statements().stream().noneMatch(s -> s.text().equals(words));
    }

    @Test
    void aNameAttackedOrPraisedIsWhatWasSaid() {
        Extractor.Traced attacked = traced("At the harbour meeting, Jane Roe attacked Lindqvist, saying he had "
                + "ignored the fishermen for years.", "Jane Roe", "Lindqvist");
        assertThat(attacked.rules().get(exactly(attacked, "Lindqvist").id())).isEqualTo("verb-object-name");
        Extractor.Traced praised = traced("Tom Reyes praised Roe and said the new pier would open in May.",
                "Tom Reyes", "Roe");
        assertThat(praised.rules().get(exactly(praised, "Roe").id())).isEqualTo("verb-object-name");
    }

    @Test
    void aNameBeforeAnAppositionAnInfinitiveOrAPersonDismissedIsNot() {
        assertThat(none(traced("Tom Reyes accused Lindqvist, the harbour master, of hiding the figures.",
                "Tom Reyes", "Lindqvist"), "Lindqvist")).isTrue();
        assertThat(none(traced("Jane Roe declined to criticize Reyes at the meeting.", "Jane Roe", "Reyes"),
                "Reyes")).isTrue();
        assertThat(none(traced("The harbour board dismissed Lindqvist after the audit.", "Lindqvist"),
                "Lindqvist")).isTrue();
    }
}

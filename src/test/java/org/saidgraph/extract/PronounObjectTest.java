package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule {@code verb-object-pronoun}: a pronoun object read with the phrase right after it (sentences invented). */
class PronounObjectTest {

    private static Extractor.Traced traced(String text, String... people) {
        return Extraction.traced(text, ListTagger.people(people));
    }

    private static Statement starting(Extractor.Traced t, String words) {
        return t.dataset().statements().stream().filter(s -> s.text().startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement starting \"" + words + "\" among "
                        + t.dataset().statements().stream().map(Statement::text).toList()));
    }

    @Test
    void aPronounWithWhatItWasAccusedOfOrDismissedAs() {
        Extractor.Traced accused = traced("Tom Reyes runs the harbour board. Jane Roe accused him of hiding the "
                + "harbour accounts from the council.", "Tom Reyes", "Jane Roe");
        Statement s = starting(accused, "him of hiding");
        assertThat(s.text()).startsWith("him of hiding the harbour accounts");
        assertThat(accused.rules().get(s.id())).isEqualTo("verb-object-pronoun");
        Extractor.Traced dismissed = traced("Jane Roe has led the ferry union for a year. Tom Reyes dismissed her "
                + "as a newcomer to the docks.", "Tom Reyes", "Jane Roe");
        assertThat(starting(dismissed, "her as a newcomer").text()).isEqualTo("her as a newcomer to the docks");
    }

    @Test
    void aPronounAloneOrAHeadlinesPronounIsNot() {
        Extractor.Traced alone = traced("Tom Reyes runs the harbour board. Jane Roe praised him.", "Tom Reyes",
                "Jane Roe");
        assertThat(alone.dataset().statements()).noneMatch(s -> s.text().equals("him"));
        assertThat(PronounObject.RULE).isEqualTo("verb-object-pronoun");
    }
}

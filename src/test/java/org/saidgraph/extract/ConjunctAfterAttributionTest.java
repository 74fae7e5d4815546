package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ConjunctAfterAttribution}: a reported clause whose sentence goes on after the attribution set inside it, with
 * "and", "but" or a semicolon, is one statement in two parts around the attribution. The sentences are invented for
 * these tests.
 */
class ConjunctAfterAttributionTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Tomas Brandt");

    @Test
    void aConjunctAfterTheAttributionGoesOnWithWhatWasSaid() {
        String text = "The old pier had no record of flooding, Ana Okafor said, and had passed every inspection since "
                + "the spring.";
        Statement s = goesOn(text, "and had passed every inspection", "Ana Okafor");
        assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo("The old pier had no record of "
                + "flooding, Ana Okafor said, and had passed every inspection since the spring");
    }

    @Test
    void aClauseAfterASemicolonGoesOnWithWhatWasSaid() {
        goesOn("The old pier was never meant to last, Tomas Brandt said; the council had hoped to replace it within "
                + "ten years.", "the council had hoped to replace it", "Tomas Brandt");
    }

    @Test
    void aSecondSayingAfterTheConjunctionStaysOut() {
        String text = "The old pier had no record of flooding, Ana Okafor said, and added that the council would "
                + "vote on its repair in June.";
        Statement s = pier(Extraction.of(text, PEOPLE));
        assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo("The old pier had no record of "
                + "flooding");
    }

    /** The statement about the old pier in {@code text}, checked to go on with {@code rest} as {@code speaker}'s. */
    private static Statement goesOn(String text, String rest, String speaker) {
        Extraction x = Extraction.of(text, PEOPLE);
        Statement s = pier(x);
        assertThat(s.text()).doesNotContain(" said").contains(rest);
        assertThat(x.name(s.speaker())).isEqualTo(speaker);
        return s;
    }

    /** The statement about the old pier. */
    private static Statement pier(Extraction x) {
        return x.dataset().statements().stream().filter(t -> t.text().startsWith("The old pier")).findFirst()
                .orElseThrow(() -> new AssertionError("no statement about the pier among "
                        + x.dataset().statements().stream().map(Statement::text).toList()));
    }
}

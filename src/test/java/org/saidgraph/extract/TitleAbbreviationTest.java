package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule title-abbreviation ({@link TitleAbbreviations}): "Sen." before a name makes the person a senator, so a later
 * "the senator" is that person, not whoever was the subject of the sentence before; "Gov." likewise for "the
 * governor". The sentences are invented.
 */
class TitleAbbreviationTest {

    private static final ListTagger PEOPLE = ListTagger.people("Tom Vell", "Gloria Barger", "Jeb Marlow",
            "Dan Prell", "Vell", "Barger", "Marlow", "Prell");

    @Test
    void theSenatorIsThePersonTitledSen() {
        Extraction x = Extraction.of("Interview\n\n“It tells you that one of us is a candidate of the "
                + "establishment,” Sen. Tom Vell remarked.\n\n“That would be you?” Gloria Barger asked.\n\n“That "
                + "would be me, yes. I think that is probably right,” the senator said.\n", PEOPLE);
        assertThat(x.name(x.containing("probably right").speaker())).isEqualTo("Tom Vell");
    }

    @Test
    void theGovernorIsThePersonTitledGov() {
        Extraction x = Extraction.of("Debate night\n\nFormer Ostland Gov. Jeb Marlow spoke before Dan Prell at the "
                + "debate.\n\n“That was a fine answer,” Prell said later.\n\n“He is a chaos candidate and would be a "
                + "chaos president,” the former Ostland governor said.\n", PEOPLE);
        assertThat(x.name(x.containing("chaos president").speaker())).isEqualTo("Jeb Marlow");
    }
}

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
        Extraction x = Extraction.of("Interview\n\n“The harbor plan will pass before the winter "
                + "storms,” Sen. Tom Vell remarked.\n\n“And who will carry it?” Gloria Barger asked.\n\n“The "
                + "committee will, with my own vote among the first,” the senator said.\n", PEOPLE);
        assertThat(x.name(x.containing("my own vote").speaker())).isEqualTo("Tom Vell");
    }

    @Test
    void theGovernorIsThePersonTitledGov() {
        Extraction x = Extraction.of("Debate night\n\nFormer Ostland Gov. Jeb Marlow spoke before Dan Prell at the "
                + "debate.\n\n“That was a fine answer,” Prell said later.\n\n“He has no plan for the ports and no plan "
                + "for the farms,” the former Ostland governor said.\n", PEOPLE);
        assertThat(x.name(x.containing("no plan for the farms").speaker())).isEqualTo("Jeb Marlow");
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule appositive-named: an apposition that describes someone and closes with their name ("a retired pilot named
 * Colin Vesey", "the former county sheriff Tom Keller") gives the speaker its name, not its description (the
 * sentences are invented for these tests).
 */
class AppositiveNamedTest {

    private static final ListTagger PEOPLE = ListTagger.people("Colin Vesey", "Anna Pike", "Tom Keller");

    @Test
    void theNameAfterNamedInAnAppositionIsTheSpeaker() {
        Extraction x = Extraction.of("Islanders have started a petition. Its organiser, a retired harbour pilot named "
                + "Colin Vesey, said more than 1,200 people had signed it.", PEOPLE);
        assertThat(x.speakerName("more than 1,200 people had signed it")).isEqualTo("Colin Vesey");
    }

    @Test
    void theNameAfterCalledInAnAppositionIsTheSpeaker() {
        Extraction x = Extraction.of("The club's treasurer, a former banker called Anna Pike, said the accounts were "
                + "in order.", PEOPLE);
        assertThat(x.speakerName("the accounts were in order")).isEqualTo("Anna Pike");
    }

    @Test
    void theNameClosingAnAppositionAfterATitleIsTheSpeaker() {
        Extraction x = Extraction.of("Her challenger, the former county sheriff Tom Keller, said in a statement "
                + "that the senator had voted for the plan.", PEOPLE);
        assertThat(x.speakerName("the senator had voted for the plan")).isEqualTo("Tom Keller");
    }

    @Test
    void aNameAfterAPrepositionInTheAppositionIsSomeoneElse() {
        Extraction x = Extraction.of("Her aide, a spokesman for Tom Keller, said the senator had voted for the plan.",
                PEOPLE);
        assertThat(x.speakerName("the senator had voted for the plan")).isNotEqualTo("Tom Keller");
    }
}

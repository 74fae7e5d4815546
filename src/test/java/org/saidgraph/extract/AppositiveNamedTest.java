package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule appositive-named: an apposition that describes someone and then names them ("a retired pilot named Colin
 * Vesey") gives the speaker its name, not its description (the sentences are invented for these tests).
 */
class AppositiveNamedTest {

    private static final ListTagger PEOPLE = ListTagger.people("Colin Vesey", "Anna Pike");

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
}

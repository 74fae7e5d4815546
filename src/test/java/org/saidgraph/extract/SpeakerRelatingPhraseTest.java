package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closing attribution whose speakers are described by an adjective and its phrase ({@link SpeakerRelatingPhrase}):
 * "…, people close to the mayor said." still attributes the clause before the comma. The sentences are written for
 * these tests.
 */
class SpeakerRelatingPhraseTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt");

    @Test
    void peopleCloseToSomeoneSpeakInAClosingAttribution() {
        Extraction x = Extraction.of("Lena Brandt met the union leaders twice last week. The new harbor tax is unfair "
                + "to small shops, people close to the mayor said.", PEOPLE);
        Statement tax = x.the("The new harbor tax is unfair to small shops");
        assertThat(x.name(tax.speaker()).toLowerCase()).contains("close to the mayor");
    }
}

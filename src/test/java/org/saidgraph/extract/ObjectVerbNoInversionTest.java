package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "…,” Blames Rivals": a verb whose object is what was said takes the noun after it as that object, never as an
 * inverted speaker the way "…,” says Roe" does (guard object-verb-no-inversion). The sentences are written for these
 * tests.
 */
class ObjectVerbNoInversionTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ruth Amsel");

    @Test
    void theNounAfterBlamesInAHeadlineIsNoSpeaker() {
        Extraction x = Extraction.of("Senator Says Border Deal Is “Dead,” Blames Rivals\n\nRuth Amsel spoke on "
                + "Monday.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> x.name(s.speaker()).equalsIgnoreCase("Rivals"));
    }

    @Test
    void saysAfterAQuotationStillNamesTheSpeakerAfterIt() {
        Extraction x = Extraction.of("The border talks resumed.\n\n“The deal is dead,” says Ruth Amsel.", PEOPLE);
        assertThat(x.speakerName("The deal is dead,")).isEqualTo("Ruth Amsel");
    }
}

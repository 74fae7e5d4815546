package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule fronted-participle: a participle phrase opening the sentence ("Expecting a large crowd at the march, …") is no
 * speaker even where the parse makes it the subject; the one named after its comma is. Seen on PolNeAR train giving
 * statements to speakers named "Expecting thousands …" or "Citing local news outlets"; the sentences are invented.
 */
class FrontedParticipleTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Tom Ruiz", "PERSON", "Anna Lind", "PERSON"));

    @Test
    void theNameAfterTheParticiplesCommaIsTheSpeaker() {
        Extraction x = Extraction.of("Tom Ruiz leads the harbour workers' union. Expecting a large crowd at the "
                + "march on Friday, Mr. Ruiz said he would ignore the route set by the city council.", NAMES);
        assertThat(x.name(x.containing("he would ignore the route").speaker())).isEqualTo("Tom Ruiz");
        assertThat(x.dataset().entities()).noneMatch(e -> e.name().startsWith("Expecting"));
    }

    @Test
    void aParticipleCitingASourceLeavesTheSpeakerAfterIt() {
        Extraction x = Extraction.of("Citing two local newspapers, Anna Lind reported that the ferry had nearly "
                + "missed its last crossing of the night.", NAMES);
        assertThat(x.name(x.containing("the ferry had nearly missed").speaker())).isEqualTo("Anna Lind");
    }
}

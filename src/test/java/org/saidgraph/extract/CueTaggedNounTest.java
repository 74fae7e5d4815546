package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** A speech verb's form that the tagger reads as a common noun is no cue (invented sentences). */
class CueTaggedNounTest {

    @Test
    void aHeadlineNounThatIsAlsoASpeechVerbMakesNoSpeakerOfTheWordBeforeIt() {
        // The real tagger: it reads "Harbour" as a person's name, which made "Harbour" the one who disputes.
        Extraction x = Extraction.of("Harbour dispute deepens as minister rejects union's claims\n\n"
                + "Tomas Brandt said the strike would go on.", SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("the strike would go on")
                .noneMatch(words -> words.startsWith("deepens"));
    }

    @Test
    void theSameWordUsedAsAVerbIsStillACue() {
        Extraction x = Extraction.of("The dockworkers dispute that the tariff will save money, Tomas Brandt wrote.\n"
                + "Carla Mendes disputes that the port lost money last year.", ListTagger.people("Tomas Brandt",
                "Carla Mendes"));
        assertThat(x.speakerName("the port lost money last year")).isEqualTo("Carla Mendes");
    }
}

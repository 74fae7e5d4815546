package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule deep-conjoined-act ({@link DeepConjoinedAct}): a speech verb after "and" that the parser hangs deep inside the
 * clause an earlier speech verb reports is the earlier speaker's next act, with its own statement. The sentences are
 * invented.
 */
class DeepConjoinedActTest {

    @Test
    void aSpeechVerbHungOnAVerbInsideTheReportedClauseSpeaksForTheFirstSubject() {
        Extraction x = Extraction.of("Ferry fares\n\nJane Roe said she hasn't taken any new posts since joining the "
                + "board and suggested that the bigger question is whether the council pays for the pier.\n",
                ListTagger.people("Jane Roe"));
        assertThat(x.speakerName("the bigger question is whether the council pays for the pier")).isEqualTo("Jane Roe");
        assertThat(x.statement("she hasn't taken any new posts since joining the board")).isPresent();
    }

    @Test
    void aParticipleTaggedIntoAPassiveButFollowedByAnObjectIsTheSpeakersNextAct() {
        Extraction x = Extraction.of("Pay talks\n\nThe Northgate Bakery said no offer had been agreed and accused the "
                + "union of \"bad faith\" in the talks.\n", ListTagger.people());
        assertThat(x.statement("no offer had been agreed")).isPresent();
        assertThat(x.name(x.containing("the union of").speaker())).isEqualTo("Northgate Bakery");
    }
}

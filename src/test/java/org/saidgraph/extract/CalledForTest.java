package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "called for …" and "called on … to …" where the parse reads them in shapes the object reading missed: a coordinated
 * verb the tagger makes a participle, and "for"/"on" read as the mark of a clause (the sentences are invented).
 */
class CalledForTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor");

    @Test
    void aCoordinatedCallForSharesTheSubjectOfTheVerbBeforeIt() {
        Extraction x = Extraction.of("Ana Okafor criticized the fishing quotas and called for strict new limits on "
                + "boats from the north.", PEOPLE);
        assertThat(x.speakerName("strict new limits on boats from the north")).isEqualTo("Ana Okafor");
        assertThat(x.the("strict new limits on boats from the north").act()).isEqualTo("demand");
    }

    @Test
    void whatIsCalledForIsTheClauseThatForOpens() {
        Extraction x = Extraction.of("The harbour workers marched through the streets and called for the footage to "
                + "be released.", PEOPLE);
        assertThat(x.name(x.the("the footage to be released").speaker())).containsIgnoringCase("harbour workers");
    }

    @Test
    void whoIsCalledOnAndToDoWhatIsWhatWasSaid() {
        Extraction x = Extraction.of("Ana Okafor runs the ferry.\nThe Okafor family called on people to march "
                + "quietly.", PEOPLE);
        assertThat(x.the("people to march quietly").act()).isEqualTo("demand");
    }
}

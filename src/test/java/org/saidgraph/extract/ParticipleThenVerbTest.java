package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subject repair {@code participle-then-verb} ({@link SubjectRepairs#verbAfterParticiple}): in an attribution that
 * closes the sentence, the parser may read a participle describing the speakers ("two people briefed on the
 * negotiations said") as the sentence's verb and hang the speech verb on it; the speakers are that participle's
 * subject, and the clause before them is what they said. The sentences are invented for these tests.
 */
class ParticipleThenVerbTest {

    private static final ListTagger NO_NAMES = new ListTagger(Map.of());

    @Test
    void theWordsBeforeTheAttributionAreThePeoplesWhomAParticipleDescribes() {
        Extraction x = Extraction.of("The deal would close by March, two people briefed on the negotiations said.",
                NO_NAMES);
        assertThat(x.containing("would close").text()).isEqualTo("The deal would close by March");
        assertThat(x.speakerName("The deal would close by March")).isEqualToIgnoringCase("people");
    }
}

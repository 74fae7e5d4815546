package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard {@code rest-opens-with-speech-participle} (in {@link VerbCueSieve}): the rest of a sentence after a speech
 * verb is not what that verb reports when it opens with a speech participle of its own ("dispute that, arguing that
 * …"); the participle's clause is read once, as the participle's. The sentences are invented for these tests.
 */
class RestOpensWithSpeechParticipleTest {

    @Test
    void theParticiplesClauseIsReadOnceAsTheParticiples() {
        Extraction x = Extraction.of("Others dispute that, arguing that the aquifer's collapse would cost far more.",
                ListTagger.people());
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().startsWith("arguing"));
        assertThat(x.containing("collapse would cost far more").text())
                .isEqualTo("the aquifer's collapse would cost far more");
    }
}

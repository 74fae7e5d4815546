package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topic of a speech verb that an earlier sieve read for the clause after a comma ({@link TopicBesideReading}):
 * the topic is what was said as well. The sentences are invented, of the shapes PolNeAR's annotators attribute.
 */
class TopicBesideReadingTest {

    private static final ListTagger NOBODY = ListTagger.people();

    @Test
    void aTopicBeforeAParticipleThatReportsMoreIsWhatWasSaid() {
        Extraction x = Extraction.of("The senator also spoke about the new harbour fees, saying they would hurt "
                + "the fishing fleet.", NOBODY);
        Statement topic = x.the("the new harbour fees");
        assertThat(topic.verbatim()).isFalse();
        assertThat(x.name(topic.speaker())).containsIgnoringCase("senator");
        assertThat(x.statement("they would hurt the fishing fleet")).isPresent();
    }
}

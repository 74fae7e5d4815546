package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code speaking-frames-clause} ({@link SpeakingFramesClause}): "speak", "talk" or "testify" in a clause that
 * frames the sentence's main clause in time says nothing of what was said, and that main clause is narration; a main
 * clause headed by a speech verb stays. The sentences are written for these tests.
 */
class SpeakingFramesClauseTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void theMainClauseAfterAClauseOfSpeakingIsNotWhatWasSaid() {
        String text = "Ana Okafor leads the ferry union.\nAs Lena Brandt spoke on the pier, a cold rain began to fall "
                + "on the waiting passengers.";
        Extractor.Traced traced = traced(text);
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("a cold rain began"));
        assertThat(traced.dropped()).anySatisfy(d -> {
            assertThat(d.filter()).isEqualTo("speaking-frames-clause");
            assertThat(text.substring(d.start(), d.end())).startsWith("a cold rain began to fall");
        });
    }

    @Test
    void theMainClauseAfterAClauseOfTestifyingIsNotWhatWasSaid() {
        String text = "Ana Okafor leads the ferry union.\nAfter Lena Brandt testified, the harbour committee quietly "
                + "dropped its inquiry into the timetable.";
        Extractor.Traced traced = traced(text);
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("dropped its inquiry"));
    }

    @Test
    void aSpeechVerbHeadingTheMainClauseKeepsWhatWasSaid() {
        Extraction x = Extraction.of("Speaking at the pier on Monday, Lena Brandt said the ferry would run again in "
                + "May.", PEOPLE);
        assertThat(x.speakerName("the ferry would run again in May")).isEqualTo("Lena Brandt");
    }

    private static Extractor.Traced traced(String text) {
        return Extraction.traced(text, PEOPLE);
    }
}

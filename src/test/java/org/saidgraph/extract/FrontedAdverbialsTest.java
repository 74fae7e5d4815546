package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule {@code fronted-adverbials} ({@link FrontedAdverbials}): several adverbials fronted before a speech verb say when
 * or on what condition someone spoke, not what was said; a reported sentence before its verb stays. The sentences are
 * written for these tests.
 */
class FrontedAdverbialsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aTimeAndAClauseOfTimeBeforeTheVerbAreNotWhatWasWritten() {
        String text = "Ana Okafor leads the ferry union.\nIn March 2011, after the harbour flooded, Lena Brandt wrote "
                + "to the union about the new timetable.";
        Extractor.Traced traced = traced(text);
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("after the harbour flooded"));
        assertThat(traced.dropped()).anySatisfy(d -> {
            assertThat(d.filter()).isEqualTo("fronted-adverbials");
            assertThat(text.substring(d.start(), d.end())).isEqualTo("In March 2011, after the harbour flooded");
        });
    }

    @Test
    void aConditionAfterButIsNotTheComplaint() {
        String text = "Ana Okafor leads the ferry union.\nBut even if the council agrees, Lena Brandt will complain "
                + "bitterly.";
        Extractor.Traced traced = traced(text);
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("the council agrees"));
        assertThat(traced.dropped()).anySatisfy(d -> {
            assertThat(d.filter()).isEqualTo("fronted-adverbials");
            assertThat(text.substring(d.start(), d.end())).isEqualTo("But even if the council agrees");
        });
    }

    @Test
    void aReportedSentenceWithItsOwnFrontedPhraseStays() {
        Extraction x = Extraction.of("On a clear day, the ferry is the fastest way across the bay, Lena Brandt said.",
                PEOPLE);
        assertThat(x.speakerName("On a clear day, the ferry is the fastest way across the bay")).isEqualTo("Lena Brandt");
    }

    private static Extractor.Traced traced(String text) {
        return Extraction.traced(text, PEOPLE);
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "warned of X if Y": the topic of the speech verb and the condition after it are said together; the condition alone
 * is not what was said (the sentences are invented for these tests).
 */
class TopicBeforeConditionTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Tomas Reyes");

    @Test
    void aTopicAndItsConditionAreWhatWasWarned() {
        Extraction x = Extraction.of("Tomas Reyes warned of higher fares if the levy passed.", PEOPLE);
        assertThat(x.speakerName("higher fares if the levy passed")).isEqualTo("Tomas Reyes");
        assertThat(x.statement("if the levy passed")).isEmpty();
    }

    @Test
    void aTopicWithoutAConditionIsStillReadAsBefore() {
        Extraction x = Extraction.of("Ana Okafor warned of higher fares at the council meeting.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("if"))
                .anyMatch(s -> s.text().startsWith("higher fares"));
    }
}

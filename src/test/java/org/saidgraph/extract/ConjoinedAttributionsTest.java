package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step {@code conjoined-attribution} ({@link ConjoinedAttributions}): a reported statement ends before a speech verb
 * coordinated with its own that another statement reads. The sentences are invented for these tests.
 */
class ConjoinedAttributionsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void whatTheSpeakerSaidEndsWhereHerSecondSayingBegins() {
        Extraction x = Extraction.of("Ana Okafor said she was \"the right candidate because I know every street of "
                + "this town,\" and she repeated her charge that the board had misled the voters.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.endsWith("every street of this town,\""))
                .anyMatch(t -> t.contains("the board had misled the voters"))
                .noneMatch(t -> t.contains("town,\" and she repeated"));
        assertThat(x.speakerName("her charge that the board had misled the voters")).isEqualTo("Ana Okafor");
    }
}

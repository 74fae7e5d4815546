package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cut {@code consequence-participle} ({@link ConsequenceParticiple}): the reporter's closing participle that says
 * what the words drew or did is not part of them; other closing participles stay. The sentences are invented for
 * these tests.
 */
class ConsequenceParticipleTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aClauseEndsBeforeWhatItDrew() {
        Extraction x = Extraction.of("Ana Okafor said the cannery would close in June, drawing boos from the crowd in "
                + "the hall.", PEOPLE);
        assertThat(x.speakerName("the cannery would close in June")).isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("boos"));
    }

    @Test
    void aClauseEndsBeforeWhatItDid() {
        Extraction x = Extraction.of("Lena Brandt announced that she could not support the new levy, throwing its "
                + "future into doubt.", PEOPLE);
        assertThat(x.speakerName("she could not support the new levy")).isEqualTo("Lena Brandt");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("doubt"));
    }

    @Test
    void onlyParticiplesOfTheListEndIt() {
        assertThat(SpanBoundWords.of("consequence-participle", "opener")).contains("drawing", "putting", "throwing")
                .doesNotContain("leaving", "leading", "making", "including");
    }
}

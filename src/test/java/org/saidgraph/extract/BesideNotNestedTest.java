package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second attribution coordinated with the first one, not inside what the first speaker said
 * ({@link BesideNotNested}): the first reading is ended before it, not dropped as a mere relay of it, and the second
 * speaker's words are not relayed by the first speaker. The sentences are written for these tests.
 */
class BesideNotNestedTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void twoSayingsJoinedByAndAreTwoStatementsNeitherRelayingTheOther() {
        Extraction x = Extraction.of("Lena Brandt has said the levy is unfair and Ana Okafor has said it will pass "
                + "easily.", PEOPLE);
        Statement unfair = x.the("the levy is unfair");
        assertThat(x.name(unfair.speaker())).isEqualTo("Lena Brandt");
        Statement pass = x.the("it will pass easily");
        assertThat(x.name(pass.speaker())).isEqualTo("Ana Okafor");
        assertThat(pass.reportedBy()).isEmpty();
    }

    @Test
    void aConcessionAnsweredByAnotherSpeakersInsistenceKeepsTheConcession() {
        Extraction x = Extraction.of("Ana Okafor conceded that the count was late but Lena Brandt insisted the "
                + "clerks were not to blame.", PEOPLE);
        Statement conceded = x.the("the count was late");
        assertThat(x.name(conceded.speaker())).isEqualTo("Ana Okafor");
        assertThat(x.the("the clerks were not to blame").reportedBy()).isEmpty();
    }
}

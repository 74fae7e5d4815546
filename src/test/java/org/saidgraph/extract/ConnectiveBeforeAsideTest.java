package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step {@code connective-before-aside} ({@link ConnectiveBeforeAside}): when only a connective ("But,", "And yet,",
 * "Still,") stands before a parenthetical attribution, what was said is the clause after the aside; a longer clause
 * before the aside keeps its connective. The sentences are invented for these tests.
 */
class ConnectiveBeforeAsideTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aConnectiveAloneBeforeTheAsideIsLeftOut() {
        Extraction x = Extraction.of("But, Ana Okafor said, the ferry will keep its winter timetable.", PEOPLE);
        assertThat(x.containing("winter timetable").text()).isEqualTo("the ferry will keep its winter timetable");
        assertThat(x.speakerName("the ferry will keep its winter timetable")).isEqualTo("Ana Okafor");
    }

    @Test
    void twoConnectivesBeforeTheAsideAreLeftOut() {
        Extraction x = Extraction.of("And yet, Lena Brandt added, the harbour fees have not changed in years.",
                PEOPLE);
        assertThat(x.containing("not changed in years").text())
                .isEqualTo("the harbour fees have not changed in years");
    }

    @Test
    void stillBeforeTheAsideIsLeftOut() {
        Extraction x = Extraction.of("Still, Ana Okafor said, the ferry will keep its winter timetable.", PEOPLE);
        assertThat(x.containing("winter timetable").text()).startsWith("the ferry");
    }

    @Test
    void aLongerClauseBeforeTheAsideKeepsItsConnective() {
        Extraction x = Extraction.of("But with the budget cut, Ana Okafor said, the ferry will sail less often.",
                PEOPLE);
        assertThat(x.containing("sail less often").text()).startsWith("But with the budget cut");
    }
}

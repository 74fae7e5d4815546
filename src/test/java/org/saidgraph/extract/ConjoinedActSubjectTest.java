package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule conjoined-act-subject ({@link VerbCueSieve}): "X said that Y …, and warned that …" — the parser hangs "warned"
 * on the reported clause's verb; the warning is X's, not Y's. Found on an article of our own; the sentences are
 * invented.
 */
class ConjoinedActSubjectTest {

    @Test
    void aSpeechVerbAfterCommaAndIsTheReportingSubjectsNextAct() {
        Extraction x = Extraction.of("Grain talks\n\nThe World Food Programme said in a statement that millions of "
                + "people in the region depended on grain shipped through the corridor, and warned that prices would "
                + "rise \"sharply and soon\" if it stayed shut.\n", ListTagger.people("Irina Moldovan"));
        assertThat(x.name(x.containing("prices would rise").speaker())).isEqualTo("World Food Programme");
    }
}

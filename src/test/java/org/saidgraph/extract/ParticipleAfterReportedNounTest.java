package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule participle-after-reported-noun ({@link VerbCueSieve}): "X denied reports that Y …, calling them …" — the parser
 * hangs the participle inside the clause of "reports"; the one calling is X, who denied, not Y. Seen on PolNeAR train
 * and on an article of our own; the sentences are invented.
 */
class ParticipleAfterReportedNounTest {

    @Test
    void theParticipleAfterADeniedReportIsTheDeniersWords() {
        Extraction x = Extraction.of("Audit row deepens\n\nMayor Lena Brandt on Friday denied reports that her deputy "
                + "Tom Reyes had leaked the audit to a rival, calling them \"a smear invented by my opponents.\"\n",
                ListTagger.people("Lena Brandt", "Tom Reyes"));
        assertThat(x.name(x.containing("a smear invented by my opponents").speaker())).isEqualTo("Lena Brandt");
    }
}

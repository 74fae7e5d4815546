package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quotation next to a speech verb that does not attribute it: the parser may take the quotation's words for the
 * subject of a verb after it, or hang the quotation anywhere. Seen on an article written for the project (a council
 * member "called the figure “a fantasy number …” and accused …" gave a speaker named after the quotation) and on
 * PolNeAR train; the sentences are invented.
 */
class QuotedWordsBesideTheVerbTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Tomas Berg", "PERSON", "Anna Lind", "PERSON"));

    private static final String CALLED = "Councilman Tomas Berg called the estimate “a fantasy number that will double "
            + "before spring” and accused the harbour board of hiding earlier warnings.";

    @Test
    void theWordsOfAQuotationAreNeverTheSpeakerOfAVerbOutsideIt() {
        Extraction x = Extraction.of(CALLED, NAMES);
        assertThat(x.dataset().statements()).isNotEmpty()
                .allSatisfy(s -> assertThat(x.name(s.speaker())).isEqualTo("Tomas Berg"));
    }

    @Test
    void aQuotationRightAfterTheObjectIsWhatTheObjectWasCalled() {
        Extraction x = Extraction.of(CALLED, NAMES);
        Statement s = x.containing("the estimate");
        assertThat(s.text()).startsWith("the estimate “a fantasy number").endsWith("before spring”");
    }

}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Shapes of sentences around "said" that gave a wrong or no reported statement (all sentences invented). */
class SaidShapesTest {

    @Test
    void aConcessionBeforeAParentheticalAttributionBelongsToWhatWasSaidAfterIt() {
        Extraction e = Extraction.of("Tom Reyes has been the party's whip for years. Though the polls were close, he "
                + "said, replacing the nominee would be a grave mistake.", ListTagger.people("Tom Reyes"));
        assertThat(e.speakerName("Though the polls were close, he said, replacing the nominee would be a grave "
                + "mistake")).isEqualTo("Tom Reyes");
    }
}

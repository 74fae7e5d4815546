package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a speaker "points to" ({@code object-topics.tsv}, rule {@code object-topic}): the evidence cited is what was
 * said, but someone pointed to is a gesture or a naming ({@link PointedAt}). The sentences are invented.
 */
class PointedAtTest {

    @Test
    void whatCriticsPointToIsTheEvidenceTheyCite() {
        Extraction x = Extraction.of("The governor pointed to the falling number of road deaths since the law passed.",
                ListTagger.people());
        Statement cited = x.the("the falling number of road deaths since the law passed");
        assertThat(cited.verbatim()).isFalse();
        assertThat(x.name(cited.speaker())).containsIgnoringCase("governor");
        Extraction y = Extraction.of("The defense team pointed to two earlier rulings of the same court.",
                ListTagger.people());
        assertThat(y.name(y.the("two earlier rulings of the same court").speaker()))
                .containsIgnoringCase("defense team");
    }

    @Test
    void someonePointedToIsAGestureOrANamingNotAStatement() {
        Extraction gesture = Extraction.of("During the rally the senator pointed to a woman in the front row.",
                ListTagger.people());
        assertThat(gesture.statement("a woman in the front row")).isEmpty();
        Extraction naming = Extraction.of("Local party leaders have pointed to Jane Roe as a possible successor.",
                ListTagger.people("Jane Roe"));
        assertThat(naming.statement("Jane Roe as a possible successor")).isEmpty();
    }
}

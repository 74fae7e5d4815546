package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step {@code clause-on-occasion-noun} ({@link ClauseOnOccasionNoun}): the parser may hang a speech verb's "that"
 * clause on the noun of the occasion before it ("on a conference call", "in an interview"), and the clause is still
 * what was said; after a noun that is no occasion the clause stays the noun's own. The sentences are invented for
 * these tests.
 */
class ClauseOnOccasionNounTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lin Hao", "Ana Okafor");

    @Test
    void aThatClauseHungOnTheCallIsWhatTheHearersWereTold() {
        Extraction x = Extraction.of("Varex Semiconductor expects lower sales.\nChief executive Lin Hao told analysts "
                + "on a conference call that the company would cut spending on new factories next year.", PEOPLE);
        assertThat(x.dataset().statements()).filteredOn(s -> s.speaker().equals("lin-hao"))
                .extracting(Statement::text)
                .containsExactly("the company would cut spending on new factories next year");
    }

    @Test
    void aThatClauseHungOnANounThatIsNoOccasionStaysTheNouns() {
        Analysis a = PEOPLE.analyze("Ana Okafor responded on Tuesday to reports that the county had sold the pier.");
        assertThat(ClauseOnOccasionNoun.start(a, tokenOf(a, "reports"), java.util.Set.of("meeting"))).isEqualTo(-1);
    }

    private static int tokenOf(Analysis a, String word) {
        for (int i = 0; i < a.tokens().size(); i++) {
            if (a.token(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step object-within-quotation ({@link VerbCueSieve}): the parser may make a word inside a quotation the object of
 * "said" and hang the speaker's next verb on it. The statement is the quotation, marks included; it never opens
 * inside a quotation and runs past its close. Found on an article of our own; the sentences are invented.
 */
class ObjectWithinQuotationTest {

    private static final String TEXT = "Senator faces questions\n\nHer challenger, Marcus Bell, said the senator owed "
            + "voters \"a full accounting\" and called for the release of her calendar.\n";

    @Test
    void theQuotedObjectIsTheWholeQuotationAndNotTheVerbAfterIt() {
        Extraction x = Extraction.of(TEXT, ListTagger.people("Marcus Bell"));
        Statement s = x.containing("a full accounting");
        assertThat(s.text()).isEqualTo("a full accounting");
        assertThat(s.verbatim()).isTrue();
        assertThat(x.name(s.speaker())).isEqualTo("Marcus Bell");
    }

    @Test
    void noStatementShowsHalfAQuotation() {
        Extraction x = Extraction.of(TEXT, ListTagger.people("Marcus Bell"));
        assertThat(x.dataset().statements()).allSatisfy(s ->
                assertThat(s.text().chars().filter(c -> c == '"').count() % 2).as(s.text()).isZero());
    }
}

package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step {@code object-to-quote-close} of {@link VerbCueSieve}: when the parse ends a verb's object inside the quotation
 * that opens with it, the statement reads on to the closing mark, so the quotation is one statement and not a second
 * one beside a piece of it. The sentences are written for these tests.
 */
class ObjectToQuoteCloseTest {

    private static final ListTagger PEOPLE = ListTagger.people("Dana Whitfield", "Karen Liu");

    @Test
    void aQuotationThatOpensTheObjectIsReadToItsClosingMark() {
        // The parser takes "her" for a possessive of "one" and hangs "this department has ever had" on "called".
        Extraction x = Extraction.of("The White House defended Karen Liu.\nPress secretary Dana Whitfield called her "
                + "\"one of the most qualified nominees this department has ever had\" and said the president "
                + "remained confident she would be confirmed.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .filteredOn(t -> t.contains("qualified nominees"))
                .singleElement().asString().endsWith("this department has ever had\"");
    }
}

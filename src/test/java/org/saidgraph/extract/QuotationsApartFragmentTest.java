package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second quotation that opens in lower case right after a word of the reporter's clause running on from the
 * attribution is a fragment of that clause, not the next piece of the first quotation ({@link QuotationsApart},
 * {@code quote-apart-fragment}). After "and" the quotation goes on with the first. The sentences are written for
 * these tests.
 */
class QuotationsApartFragmentTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Hugh Hill");

    @Test
    void aFragmentInTheSpeakersRelativeClauseIsKeptApart() {
        Extraction x = Extraction.of("The harbour board met on Tuesday. “The pier will stay closed until the spring,” "
                + "said Ana Okafor, who thinks the harbour board “has lost its nerve over a few loose planks.”",
                PEOPLE);
        assertThat(x.containing("The pier will stay closed").text()).doesNotContain("nerve");
        assertThat(x.dataset().statements()).anyMatch(s -> s.text().contains("has lost its nerve"));
    }

    @Test
    void aFragmentAfterAParticipleOfTheAttributionIsKeptApart() {
        Extraction x = Extraction.of("The ferry question came up again. “The ferry will run all winter,” Hugh Hill "
                + "said, meaning that the town “will not be cut off from the mainland this year.”", PEOPLE);
        assertThat(x.containing("The ferry will run all winter").text()).doesNotContain("mainland");
    }

    @Test
    void aQuotationAfterAndGoesOnWithTheFirst() {
        Extraction x = Extraction.of("The ferry question came up again. “The ferry will run all winter,” Hugh Hill "
                + "said, and “nobody in this town will be stranded again.”", PEOPLE);
        assertThat(x.containing("The ferry will run all winter").text()).contains("stranded");
    }
}

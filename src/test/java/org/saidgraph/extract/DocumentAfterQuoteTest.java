package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule quote-document-after ({@link DocumentAfterQuote}): a quotation followed by "the document states", "the
 * editorial read" is the document's words, not the words of the last person named before it. The sentences are
 * written for these tests.
 */
class DocumentAfterQuoteTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Brandt", "Tom Reyes");

    @Test
    void aQuotationFollowedByTheDocumentStatesIsTheDocumentsNotTheLastSpeakers() {
        Extraction x = Extraction.of("Lena Brandt said the pier budget was far too small this year.\n\"Harbor fees "
                + "will be reviewed every spring by the full board,\" the document states.", PEOPLE);
        assertThat(x.name(x.containing("Harbor fees will be reviewed").speaker())).isEqualTo("Document");
    }

    @Test
    void aQuotationFollowedByTheEditorialReadIsTheEditorials() {
        Extraction x = Extraction.of("Tom Reyes said the ferry would keep running through the winter.\n\"The town "
                + "deserves a safer pier and better roads before the next storm,\" the editorial read.", PEOPLE);
        assertThat(x.name(x.containing("The town deserves a safer pier").speaker())).isEqualTo("Editorial");
    }

    @Test
    void aPersonAfterTheQuotationStillSpeaksIt() {
        Extraction x = Extraction.of("Lena Brandt said the pier budget was far too small this year.\n\"We will need "
                + "twice as much money before the autumn storms,\" Tom Reyes said.", PEOPLE);
        assertThat(x.name(x.containing("We will need twice as much").speaker())).isEqualTo("Tom Reyes");
    }
}

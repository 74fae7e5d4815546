package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule quotation-closes-report ({@link QuotationClosesReport}, used by conjoined-act-subject in {@link VerbCueSieve}):
 * "X said that Y is “…” and said that …" — the second "said" is X's next act, though a closing quotation mark, not a
 * comma, stands before its "and"; the parser hangs it on the first reported clause, whose subject Y is spoken about.
 * The sentences are invented.
 */
class QuotationClosesReportTest {

    private static final ListTagger PEOPLE = ListTagger.people("Lena Farrow", "Otto Gale", "Dan Prell", "Mara Quill",
            "Tom Rusk", "Farrow", "Gale", "Prell", "Quill", "Rusk");

    @Test
    void secondSaidAfterCommaInsideQuotationIsTheFirstSpeakers() {
        Extraction x = Extraction.of("Support for Gale\n\nSome rivals came to the defense of Otto Gale after the "
                + "hearing.\n\nSenator Lena Farrow said that Gale is a “fair, honest neighbor,” and said that "
                + "Prell “melted down last night.”\n", PEOPLE);
        assertThat(x.name(x.containing("melted").speaker())).isEqualTo("Lena Farrow");
    }

    @Test
    void secondSaidAfterBareClosingQuotationIsTheFirstSpeakers() {
        Extraction x = Extraction.of("The rally\n\nDan Prell also attacked Mara Quill and Tom Rusk during the "
                + "rally.\n\nHe said that Quill is playing the “blame card all the time” and said that Rusk is “weak "
                + "like a small kitten.”\n", PEOPLE);
        assertThat(x.name(x.containing("small kitten").speaker())).isEqualTo("Dan Prell");
    }
}

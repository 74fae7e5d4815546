package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Odd input must still give a dataset that validates (Extraction.of asserts it), never an exception. */
class ExtractorRobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "No one said anything.",
            "\"",
            "“Unclosed quote that never ends",
            "He said.",
            "said: ",
            "Anna Lysenko said:\n",
            "\"\" \"\" ''",
            "Windows lines.\r\n“A quote,” Anna Lysenko said.\r\nShe added that it was late.\r\n",
            "According to , the end.",
            "Anna Lysenko's demands were that",
            "  \n\n  Anna Lysenko told him about it.\n\n",
            "'''''' “”“” «» ‹›",
            "U.S. U.K. E.U. Gen. Dr. Mr.",
            "Anna Lysenko said \"a\" \"b\" \"c\" \"d\" \"e\" \"f\" that ends “here"})
    void givesAValidDatasetForOddInput(String text) {
        Extraction x = Extraction.of(text, ListTagger.people("Anna Lysenko"));
        assertThat(x.dataset().statements()).allMatch(s -> !s.text().isBlank());
    }

    @Test
    void aPlaceIsNeverWhomTheWordsAreAddressedTo() {
        String text = "Lena Brandt wrote to the council: “Dear Anna, the bridge must reopen before the winter.”";
        Extraction x = Extraction.of(text, new ListTagger(Map.of("Lena Brandt", "PERSON", "Anna", "LOCATION")));
        assertThat(x.speakerName("Dear Anna, the bridge must reopen before the winter.")).isEqualTo("Lena Brandt");
        assertThat(x.the("Dear Anna, the bridge must reopen before the winter.").addressedTo()).isEmpty();
    }
}

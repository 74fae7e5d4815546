package org.saidgraph.query;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding takes a shortcut for plain ASCII words; it must fold exactly as the full decomposition does. */
class SearchWordsTest {

    private static String slowFold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    @Test
    void foldingAsciiByLowerCasingEqualsTheFullDecompositionForEveryAsciiCharacter() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            all.append(c);
        }
        assertThat(SearchWords.fold(all.toString())).isEqualTo(slowFold(all.toString()));
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            char[] word = new char[1 + random.nextInt(12)];
            for (int j = 0; j < word.length; j++) {
                word[j] = (char) random.nextInt(128);
            }
            String w = new String(word);
            assertThat(SearchWords.fold(w)).isEqualTo(slowFold(w));
        }
    }

    @Test
    void wordsWithDiacriticsAreStillFoldedAndFound() {
        assertThat(SearchWords.fold("Nausėda")).isEqualTo("nauseda");
        assertThat(SearchWords.fold("ÅNGSTRÖM")).isEqualTo("angstrom");
        String text = "Gitanas Nausėda met NAUSEDA and Nauseda's aide.";
        assertThat(SearchWords.find(text, 0, text.length(), List.of("nauseda")))
                .extracting(m -> text.substring(m[0], m[1])).containsExactly("Nausėda", "NAUSEDA", "Nauseda");
    }
}

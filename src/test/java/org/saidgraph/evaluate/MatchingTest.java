package org.saidgraph.evaluate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingTest {

    @Test
    void normalisesMarksCaseDiacriticsSpaceAndEdgePunctuation() {
        assertThat(Matching.normalise("  “Russia’s   Nausėda,” ")).isEqualTo("russias nauseda");
        assertThat(Matching.normalise("(It is — over.)")).isEqualTo("it is — over");
    }

    @Test
    void matchesWhenTheShorterIsASubstringOfAtLeastSixTenths() {
        assertThat(Matching.textsMatch("the war is over", "“The war is over.”")).isTrue();
        assertThat(Matching.textsMatch("the war", "the war is over now")).isFalse();
        assertThat(Matching.textsMatch("", "anything")).isFalse();
    }

    @Test
    void judgesTheSpeakerBySurname() {
        assertThat(Matching.speakerCorrect("Volodymyr Zelenskyy", "Volodymyr Zelensky")).isTrue();
        assertThat(Matching.speakerCorrect("Gitanas Nauseda", "Gitanas Nausėda")).isTrue();
        assertThat(Matching.speakerCorrect("Kremlin", "Kremlin")).isTrue();
        assertThat(Matching.speakerCorrect("Joe Biden", "Antony Blinken")).isFalse();
    }
}

package org.saidgraph.link;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paraphrase measure against the labelled pairs written for it ({@code link/paraphrase-pairs.tsv}): 36 pairs of
 * reports of the same words and 40 of different words of the same speaker, act and mentions. At the threshold,
 * no different pair may merge (false merges are worse than missed ones), and most same pairs must.
 */
class ParaphraseSimilarityTest {

    private record Pair(boolean same, String a, String b) {
    }

    private static List<Pair> pairs() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/link/paraphrase-pairs.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                .map(c -> new Pair(c[0].equals("same"), c[1], c[2])).toList();
    }

    @Test
    void atTheThresholdNoDifferentWordsMergeAndMostReportsOfTheSameWordsDo() throws IOException {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (Pair p : pairs()) {
            boolean merged = Paraphrase.similarity(p.a(), p.b()) >= Paraphrase.THRESHOLD;
            if (merged && p.same()) {
                truePositives++;
            } else if (merged) {
                falsePositives++;
            } else if (p.same()) {
                falseNegatives++;
            }
        }
        assertThat(falsePositives).as("different words taken for the same").isZero();
        assertThat(truePositives + falseNegatives).isEqualTo(36);
        assertThat(truePositives).as("reports of the same words found").isGreaterThanOrEqualTo(34);
    }

    @Test
    void reportedSpeechShiftsOfTenseAndPersonDoNotLowerTheScore() {
        assertThat(Paraphrase.similarity("We will accept the result of the vote in Selka.",
                "they would accept the result of the vote in Selka")).isEqualTo(1.0);
    }

    @Test
    void onlyOneOfTwoTextsBeingNegatedMakesThemDifferentExceptForDenials() {
        String a = "the government had plans to sell the northern railway";
        String b = "the government had no plans to sell the northern railway";
        assertThat(Paraphrase.similarity(a, b)).isZero();
        assertThat(Paraphrase.similarity(a, b, "denial")).isEqualTo(1.0);
    }

    @Test
    void textsWithTooFewContentWordsAreNotCompared() {
        assertThat(Paraphrase.similarity("it was a lie", "it was a lie")).isZero();
    }
}

package org.saidgraph.link;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParaphraseSimilarityTest {

    record Pair(boolean same, String a, String b) {
    }

    static List<Pair> pairs() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/link/paraphrase-pairs.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                .map(c -> new Pair(c[0].equals("same"), c[1], c[2])).toList();
    }

    @Test
    void scan() throws IOException {
        List<Pair> pairs = pairs();
        for (Pair p : pairs) {
            System.out.printf("%s %.3f | %s | %s%n", p.same ? "S" : "D", Paraphrase.similarity(p.a, p.b),
                    Paraphrase.stems(p.a), Paraphrase.stems(p.b));
        }
        for (double t = 0.5; t <= 0.95; t += 0.05) {
            int tp = 0, fp = 0, fn = 0;
            for (Pair p : pairs) {
                boolean yes = Paraphrase.similarity(p.a, p.b) >= t - 1e-9;
                if (yes && p.same) tp++;
                if (yes && !p.same) fp++;
                if (!yes && p.same) fn++;
            }
            System.out.printf("t=%.2f tp=%d fp=%d fn=%d P=%.3f R=%.3f%n", t, tp, fp, fn, tp / (double) (tp + fp), tp / (double) (tp + fn));
        }
        assertThat(pairs).hasSizeGreaterThan(60);
    }
}

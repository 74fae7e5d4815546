package org.saidgraph.evaluate;

import org.junit.jupiter.api.Test;
import org.saidgraph.extract.CandidateFilter;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement filter's training: what it learns from labelled candidates, how it picks its threshold, its file. */
class FilterTrainingTest {

    /**
     * Twenty articles of candidates: one rule always right, one right only when its span is long, so that only the
     * features together tell the real from the false.
     */
    private static FilterTraining.Corpus corpus() {
        List<FilterTraining.Candidate> candidates = new ArrayList<>();
        int gold = 0;
        for (int article = 0; article < 20; article++) {
            for (int i = 0; i < 5; i++) {
                candidates.add(new FilterTraining.Candidate(article, List.of("rule=good", "len=long"), true,
                        new int[]{gold++}));
                candidates.add(new FilterTraining.Candidate(article, List.of("rule=noisy", "len=long"), true,
                        new int[]{gold++}));
                candidates.add(new FilterTraining.Candidate(article, List.of("rule=noisy", "len=short"), false,
                        new int[0]));
                candidates.add(new FilterTraining.Candidate(article, List.of("rule=noisy", "len=short"), false,
                        new int[0]));
            }
        }
        return new FilterTraining.Corpus(candidates, gold + 10, 20, 0);
    }

    @Test
    void learnsToDropTheShapeThatIsNeverAnAttributionAndKeepTheOthers() {
        CandidateFilter filter = FilterTraining.fit(corpus().candidates(), 0.001);

        assertThat(filter.probability(List.of("rule=noisy", "len=short"))).isLessThan(0.2);
        assertThat(filter.probability(List.of("rule=noisy", "len=long"))).isGreaterThan(0.8);
        assertThat(filter.probability(List.of("rule=good", "len=long"))).isGreaterThan(0.8);
    }

    @Test
    void choosesTheThresholdOnOutOfFoldProbabilitiesForTheBestF1() {
        FilterTraining.Model model = FilterTraining.train(corpus(), 5, 0.001);

        assertThat(model.keepAll().precision()).isEqualTo(0.5);
        assertThat(model.chosen().precision()).isEqualTo(1.0);
        assertThat(model.chosen().found()).isEqualTo(model.keepAll().found());
        assertThat(model.filter().keeps(List.of("rule=noisy", "len=short"))).isFalse();
        assertThat(model.filter().keeps(List.of("rule=good", "len=long"))).isTrue();
    }

    @Test
    void weightsWrittenAndReadBackGiveTheSameProbabilities() throws Exception {
        CandidateFilter filter = new CandidateFilter(Map.of("rule=a", 1.25, "len=2", -0.5), 0.1, 0.42,
                java.util.Set.of("rule=a"));
        StringWriter out = new StringWriter();
        filter.write(out, List.of("a comment"));

        CandidateFilter read = CandidateFilter.read(new ByteArrayInputStream(out.toString()
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(out.toString()).startsWith("# a comment\n");
        assertThat(read.threshold()).isEqualTo(0.42);
        assertThat(read.judged()).containsExactly("rule=a");
        assertThat(read.probability(List.of("rule=a", "len=2", "unknown")))
                .isCloseTo(filter.probability(List.of("rule=a", "len=2")), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void candidatesWrittenAndReadBackAreTheSame() throws Exception {
        Path file = Files.createTempFile("candidates", ".tsv");
        try {
            FilterTraining.writeCandidates(corpus(), file);
            FilterTraining.Corpus read = FilterTraining.readCandidates(file);

            assertThat(read.inScopeGold()).isEqualTo(corpus().inScopeGold());
            assertThat(read.candidates()).hasSize(corpus().candidates().size());
            assertThat(read.candidates().get(1).features()).containsExactly("rule=noisy", "len=long");
            assertThat(read.candidates().get(1).gold()).containsExactly(1);
            assertThat(read.candidates().get(2).real()).isFalse();
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void theShippedFilterHasAThresholdAndWeightsForTheSieves() throws Exception {
        CandidateFilter shipped;
        try (var in = CandidateFilter.class.getResourceAsStream("/extract/candidate-filter.tsv")) {
            shipped = CandidateFilter.read(in);
        }

        assertThat(shipped.threshold()).isBetween(0.0, 1.0);
        assertThat(shipped.judged()).contains("rule=pattern-verb").doesNotContain("rule=verb-complement");
        assertThat(shipped.probability(List.of("rule=verb-complement", "len=9-12")))
                .isNotEqualTo(shipped.probability(List.of("rule=quote-sentence-verb", "len=1")));
    }
}

package org.saidgraph.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saidgraph.extract.SpanEnds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code learn-bounds} labels a phrase against the gold content, and the verdict it writes per key. The text is
 * invented for these tests.
 */
class EndStatisticsTest {

    private static final String TEXT = "Ana Okafor said the levy will fall on Portsea, the poorest and most crowded "
            + "district of the county by some distance.";
    private static final int START = TEXT.indexOf("the levy");
    private static final int COMMA = TEXT.indexOf(", the poorest");
    private static final int OPENER = COMMA + 2;
    private static final int END = TEXT.length() - 1;
    private static final int SHORT = START + "the levy will fall".length();

    private static List<GoldAttribution> gold(int end) {
        int said = TEXT.indexOf("said");
        return BratGold.of(TEXT, List.of(new BratAttribution("E1", List.of(new BratAttribution.Span(START, end)),
                List.of(new BratAttribution.Span(said, said + 4)), List.of(new BratAttribution.Span(0, 10)))))
                .attributions();
    }

    private static EndStatistics.Count count(List<GoldAttribution> gold, int end, SpanEnds.Candidate c) {
        List<List<BratAttribution.Span>> pieces = gold.stream()
                .map(g -> SpanScorer.trim(TEXT, g.attribution().content())).toList();
        return EndStatistics.count(TEXT, gold, pieces, START, end, c);
    }

    @Test
    void aClosingPhraseTheGoldEndsBeforeIsLeftOutAndCuttingItFindsTheAttribution() {
        SpanEnds.Candidate apposition = new SpanEnds.Candidate(List.of("appos|,|the"), COMMA, OPENER, false);
        EndStatistics.Count n = count(gold(COMMA), END, apposition);
        assertThat(n.leave()).isEqualTo(1);
        assertThat(n.keep()).isZero();
        assertThat(n.gained()).as("the gold is under half of the whole statement, and all of the cut one")
                .isEqualTo(1);
        assertThat(n.lost()).isZero();
    }

    @Test
    void aClosingPhraseTheGoldRunsThroughIsKept() {
        SpanEnds.Candidate apposition = new SpanEnds.Candidate(List.of("appos|,|the"), COMMA, OPENER, false);
        EndStatistics.Count n = count(gold(END), END, apposition);
        assertThat(n.keep()).isEqualTo(1);
        assertThat(n.leave()).isZero();
    }

    @Test
    void aFollowingPhraseTheGoldRunsThroughIsKeptAndTakingItInFindsTheAttribution() {
        SpanEnds.Candidate next = new SpanEnds.Candidate(List.of(SpanEnds.NEXT + "obl|_|on"), END,
                TEXT.indexOf("on Portsea"), true);
        EndStatistics.Count n = count(gold(END), SHORT, next);
        assertThat(n.keep()).isEqualTo(1);
        assertThat(n.gained()).isEqualTo(1);
        EndStatistics.Count stays = count(gold(SHORT), SHORT, next);
        assertThat(stays.leave()).isEqualTo(1);
        assertThat(stays.lost()).isEqualTo(1);
    }

    @Test
    void aKeyIsCutWhenTheGoldMostlyLeavesItOutAndCuttingFindsTwiceWhatItLoses(@TempDir Path dir) throws IOException {
        Map<String, EndStatistics.Count> counts = new TreeMap<>();
        counts.put("appos|,|the", new EndStatistics.Count(3, 12, 1, 6, 2));
        counts.put("appos|,|a", new EndStatistics.Count(3, 12, 1, 5, 3));
        counts.put("conj|,|and", new EndStatistics.Count(12, 3, 0, 1, 5));
        counts.put("acl|,|which", new EndStatistics.Count(2, 12, 0, 1, 4));
        counts.put(SpanEnds.NEXT + "conj|,|but", new EndStatistics.Count(10, 2, 1, 4, 1));
        counts.put("rare|,|so", new EndStatistics.Count(0, 3, 0, 3, 0));
        String tsv = EndStatistics.format(new EndStatistics.Result(2, 0, 40, 70, counts), "corpus/train", 8, 0.6, 2);
        assertThat(tsv).contains("learn-bounds --gold corpus/train")
                .contains("appos|,|the\t3\t12\t1\t6\t2\tcut")
                .contains("conj|,|and\t12\t3\t0\t1\t5\tkeep")
                .as("cutting finds less than twice what it loses").contains("appos|,|a\t3\t12\t1\t5\t3\tkeep")
                .as("left out mostly, but cutting loses more than it finds").contains("acl|,|which\t2\t12\t0\t1\t4\tkeep")
                .contains(SpanEnds.NEXT + "conj|,|but\t10\t2\t1\t4\t1\textend")
                .as("met fewer than --min times").doesNotContain("rare|");
        Path file = dir.resolve("ends.tsv");
        Files.writeString(file, tsv);
        EndStatistics.Result again = EndStatistics.read(file);
        assertThat(again.counts()).containsEntry("appos|,|the", counts.get("appos|,|the")).hasSize(5);
        assertThat(again.statements()).isEqualTo(40);
        assertThat(EndStatistics.source(file)).isEqualTo("corpus/train");
    }
}

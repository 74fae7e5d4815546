package org.saidgraph.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The learned cue counts: a word's cue uses against all its uses, over an invented two-attribution article. */
class CueStatisticsTest {

    // Invented text. "said" occurs twice, once as a cue; "warned" once, as a cue; "believes" is a cue out of scope.
    private static final String TEXT = "Harbour news\nAna Okafor said the ferry would run. Lena Brandt warned that "
            + "the pier was weak. Nobody said much after that. Ana Okafor believes the tide will turn.\n";

    @Test
    void aWordsCuePrecisionIsItsCueUsesOverAllItsUses(@TempDir Path dir) throws IOException {
        write(dir);
        CueStatistics.Result r = CueStatistics.compute(dir);
        assertThat(r.articles()).isEqualTo(1);
        assertThat(r.speechAttributions()).as("the belief is not speech").isEqualTo(2);
        CueStatistics.Word said = r.words().stream().filter(w -> w.word().equals("said")).findFirst().orElseThrow();
        assertThat(said.cue()).isEqualTo(1);
        assertThat(said.uses()).isEqualTo(2);
        assertThat(said.precision()).isEqualTo(0.5);
        assertThat(r.words()).noneMatch(w -> w.word().equals("believes"));
    }

    @Test
    void theWrittenFileHoldsCountsAndTheCommandThatRecomputesThem(@TempDir Path dir) throws IOException {
        write(dir);
        String tsv = CueStatistics.format(CueStatistics.compute(dir), "corpus/train", 1);
        assertThat(tsv).contains("learn-cues --gold corpus/train").contains("word\tsaid\t1\t2\t0.500")
                .contains("word\twarned\t1\t1\t1.000");
        assertThat(tsv).as("no article text").doesNotContain("ferry").doesNotContain("pier");
    }

    private static void write(Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        int said = TEXT.indexOf("said");
        int warned = TEXT.indexOf("warned");
        int believes = TEXT.indexOf("believes");
        Files.writeString(dir.resolve("a.ann"), String.join("\n",
                "T1\tSource " + TEXT.indexOf("Ana") + " " + (TEXT.indexOf("Ana") + 10) + "\tAna Okafor",
                "T2\tCue " + said + " " + (said + 4) + "\tsaid",
                "T3\tContent " + (said + 5) + " " + (said + 24) + "\tthe ferry would run",
                "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3",
                "T4\tCue " + warned + " " + (warned + 6) + "\twarned",
                "T5\tContent " + (warned + 7) + " " + (warned + 29) + "\tthat the pier was weak",
                "E2\tAttribution:T4 Cue:T4 Content:T5",
                "T6\tCue " + believes + " " + (believes + 8) + "\tbelieves",
                "T7\tContent " + (believes + 9) + " " + (believes + 27) + "\tthe tide will turn",
                "E3\tAttribution:T6 Cue:T6 Content:T7") + "\n");
    }
}

package org.saidgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code learn-bounds}: its usage errors, and deciding again from counts written earlier (no extraction). */
class LearnBoundsCommandTest {

    private final CapturedCli cli = new CapturedCli();

    @Test
    void withoutGoldOrCountsItSaysWhatItNeeds() {
        assertThat(cli.run("learn-bounds")).isEqualTo(2);
        assertThat(cli.err()).contains("--gold DIR").contains("--from-counts FILE");
    }

    @Test
    void aGoldThatIsNoDirectoryIsAUsageError(@TempDir Path dir) {
        assertThat(cli.run("learn-bounds", "--gold", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("missing").contains("not a directory");
    }

    @Test
    void countsWrittenEarlierAreDecidedAgainWithAnotherMinimum(@TempDir Path dir) throws IOException {
        Path counts = dir.resolve("counts.tsv");
        Files.writeString(counts, "# Where annotated reported content ends, learned from corpus/train: 3 articles (0 "
                + "failed), 40 reported statements, 70 closing or following phrases set against it.\n"
                + "appos|,|the\t3\t12\t1\t6\t2\tcut\n"
                + "conj|,|so\t0\t5\t0\t3\t0\tcut\n");
        Path out = dir.resolve("table.tsv");
        assertThat(cli.run("learn-bounds", "--from-counts", counts.toString(), "--min", "8", "--out",
                out.toString())).isZero();
        String table = Files.readString(out);
        assertThat(table).contains("learned from corpus/train: 3 articles").contains("appos|,|the\t3\t12\t1\t6\t2\tcut")
                .as("met fewer than 8 times").doesNotContain("conj|,|so");
        assertThat(cli.out()).contains("3 articles (0 failed), 40 reported statements, 70 phrases");
    }
}

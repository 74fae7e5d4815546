package org.saidgraph.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saidgraph.extract.Extractor;
import org.saidgraph.extract.Gazetteer;
import org.saidgraph.extract.ListTagger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evaluate --verbose} counts what each span cut did against the gold. The article is invented. */
class SpanReportCutsTest {

    private static final String TEXT = "Harbour news\nAna Okafor said the new levy would fall hardest on Portsea, the "
            + "poorest district of the county.\n";

    @Test
    void eachCutIsCountedWithTheAttributionsItMadeStrict(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        int said = TEXT.indexOf("said");
        int content = TEXT.indexOf("the new levy");
        int end = TEXT.indexOf(", the poorest");
        Files.writeString(dir.resolve("a.ann"), String.join("\n",
                "T1\tSource " + TEXT.indexOf("Ana") + " " + (TEXT.indexOf("Ana") + 10) + "\tAna Okafor",
                "T2\tCue " + said + " " + (said + 4) + "\tsaid",
                "T3\tContent " + content + " " + end + "\t" + TEXT.substring(content, end),
                "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3") + "\n");
        Evaluator evaluator = new Evaluator(new Extractor(ListTagger.people("Ana Okafor"), Gazetteer.shipped()),
                List.of(), true);
        Evaluator.SpanResult r = evaluator.evaluateSpans(new Evaluator.Pair(dir.resolve("a.txt"), dir.resolve("a.ann")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpanReport.cuts(List.of(r), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String row = bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("closing-apposition"))
                .findFirst().orElseThrow(() -> new AssertionError(bytes.toString(StandardCharsets.UTF_8)));
        // cut, matching before, matching after, found +, found -, strict +, strict -
        assertThat(Arrays.stream(row.trim().split("\\s+")).skip(1).toList())
                .containsExactly("1", "1", "1", "0", "0", "1", "0");
    }
}

package org.saidgraph.cli;

import org.saidgraph.evaluate.CueStatistics;
import org.saidgraph.evaluate.Evaluator;
import org.saidgraph.evaluate.Parallel;
import org.saidgraph.extract.ContextCueSieve;
import org.saidgraph.extract.CoreNlpAnalyzer;
import org.saidgraph.extract.CuratedKnownEntities;
import org.saidgraph.extract.Extractor;
import org.saidgraph.extract.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code learn-cues --gold DIR}: the speech cues of a brat-annotated corpus, counted (see {@link CueStatistics}). */
@Command(name = "learn-cues",
        description = {"Count which words and phrases introduce speech in brat gold (e.g. PolNeAR train) and how "
                + "often each word is a speech cue when it occurs (its cue precision). Writes only counts, never "
                + "article text. Starts neither Spring nor a database."})
final class LearnCuesCommand implements Callable<Integer> {

    @ParentCommand
    SaidgraphCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "The annotated articles: NAME.txt beside NAME.ann (brat standoff attributions).")
    Path gold;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the counts (default: print them).")
    Path out;

    @Option(names = "--min", paramLabel = "N", defaultValue = "5",
            description = "Keep words and phrases met at least N times as a cue (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--senses", description = "Instead: extract every article with ContextCueSieve reading every "
            + "verb in every frame, and count per frame key how often its statements find a gold attribution "
            + "(extract/context-cues-learned.tsv). Parses every sentence with a verb: slow.")
    boolean senses;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Articles extracted at once with --senses (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(gold)) {
            root.err.println("--gold " + gold + ": not a directory");
            return 2;
        }
        if (min < 1) {
            root.err.println("--min " + min + ": must be at least 1");
            return 2;
        }
        if (senses) {
            return senses();
        }
        CueStatistics.Result r;
        try {
            r = CueStatistics.compute(gold);
        } catch (IllegalArgumentException e) {
            root.err.println("--gold " + gold + ": " + e.getMessage());
            return 1;
        }
        String tsv = CueStatistics.format(r, gold.toString(), min);
        if (out == null) {
            root.out.print(tsv);
        } else {
            Files.writeString(out, tsv, StandardCharsets.UTF_8);
            root.out.println(out + ": " + r.articles() + " articles, " + r.speechAttributions()
                    + " speech attributions, " + r.words().stream().filter(w -> w.cue() >= min).count() + " words");
        }
        return 0;
    }

    private int senses() throws IOException {
        List<Evaluator.Pair> pairs = Evaluator.pairs(gold, null).stream().filter(Evaluator::isBrat).toList();
        if (pairs.isEmpty()) {
            root.err.println("--gold " + gold + ": no NAME.txt with NAME.ann");
            return 1;
        }
        Evaluator evaluator = new Evaluator(new Extractor(CoreNlpAnalyzer.parsingEveryFrame(), Gazetteer.shipped())
                .learningSenses(), CuratedKnownEntities.read(Path.of("data/articles")), true);
        Map<String, int[]> counts = CueStatistics.senses(Parallel.map(pairs, threads, evaluator::evaluateSpans));
        String tsv = CueStatistics.formatSenses(counts, gold.toString(), pairs.size(), ContextCueSieve.MIN,
                ContextCueSieve.SHARE);
        if (out == null) {
            root.out.print(tsv);
        } else {
            Files.writeString(out, tsv, StandardCharsets.UTF_8);
            root.out.println(out + ": " + pairs.size() + " articles, " + counts.size() + " frame keys");
        }
        return 0;
    }
}

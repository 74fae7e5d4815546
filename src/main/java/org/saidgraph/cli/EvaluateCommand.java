package org.saidgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code evaluate --gold …}: the options only; {@link ExtractCommands#evaluate} does the work. */
@Command(name = "evaluate",
        description = {"Extract articles and score the result against gold: a curated dataset, the gold-annotation "
                + "format, or brat standoff attributions (PolNeAR/PARC: NAME.ann beside NAME.txt, scored by spans per "
                + "kind, article and rule; docs/extraction.md, Evaluation). Starts neither Spring nor a database.",
                "A directory of brat gold is extracted on all processors at once."})
final class EvaluateCommand extends ExtractionCommand {

    @Option(names = "--gold", required = true, paramLabel = "GOLD|DIR",
            description = "A gold file, or a directory of them (NAME.ann or NAME.gold.json beside NAME.txt).")
    Path gold;

    @Option(names = "--text", paramLabel = "ARTICLE.txt|DIR",
            description = "The article text, or the directory of the texts (default: beside the gold).")
    Path text;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--with-own-gold",
            description = "Let the extractor know the curated dataset of the article it scores (held out by default).")
    boolean withOwnGold;

    @Option(names = "--json", description = "Print the scores as JSON instead of a table.")
    boolean json;

    @Option(names = "--verbose",
            description = "List every gold statement with what matched it, and every unmatched extracted statement; "
                    + "for brat gold also the figures per extraction rule.")
    boolean verbose;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles extracted at once, for brat gold (default: the number of processors).")
    Integer threads;

    @Option(names = "--learned-bounds",
            description = "Also end reported statements where the table learned by learn-bounds says "
                    + "(src/main/resources/extract/span-ends-learned.tsv); measured, not on by default.")
    boolean learnedBounds;

    @Option(names = "--filter", paramLabel = "FILE",
            description = "Drop the candidate statements this learned filter judges unlikely (weights written by "
                    + "train-filter, e.g. src/main/resources/extract/candidate-filter.tsv); default: keep them all.")
    Path filter;

    @Option(names = "--system", paramLabel = "saidgraph|corenlp",
            description = "What to score on brat gold: saidgraph's extraction (default), or Stanford CoreNLP's own "
                    + "quote attribution (quote annotator with coreference), for comparison on the same scorer.")
    String system;

    @Override
    int run(ExtractCommands commands, ExtractCommands.Args args) {
        return commands.evaluate(args);
    }
}

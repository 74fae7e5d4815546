package org.saidgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code train-filter}: the options only; {@link ExtractCommands#trainFilter} does the work. */
@Command(name = "train-filter",
        description = {"Learn the statement filter (the keep/drop step after the extraction sieves) from brat gold, "
                + "e.g. PolNeAR train: extracts every article with the filter off, labels each candidate statement by "
                + "whether it finds a gold attribution, fits a logistic regression and chooses its threshold by "
                + "cross-validation over the articles. Writes only weights (docs/extraction.md, Statement filter).",
                "Starts neither Spring nor a database."})
final class TrainFilterCommand extends ExtractionCommand {

    @Mixin
    TrainingCorpusOptions corpus;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the weights (default: src/main/resources/extract/candidate-filter.tsv).")
    Path out;

    @Option(names = "--candidates", paramLabel = "FILE",
            description = "Also write the labelled candidates (features and labels, no article text) to FILE.")
    Path candidates;

    @Option(names = "--from-candidates", paramLabel = "FILE",
            description = "Train from candidates written earlier by --candidates instead of extracting --gold.")
    Path fromCandidates;

    @Option(names = "--folds", paramLabel = "K", description = "Article folds for choosing the threshold (default: 5).")
    Integer folds;

    @Option(names = "--l2", paramLabel = "X", description = "L2 penalty of the logistic regression (default: 0.001).")
    Double l2;

    @Mixin
    KnowledgeOption knowledge;

    @Override
    int run(ExtractCommands commands, ExtractCommands.Args args) {
        return commands.trainFilter(args);
    }
}

package org.saidgraph.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * What {@code train-filter} and {@code learn-bounds} learn from: brat gold articles, extracted on several threads.
 * Read through {@link ExtractCommands.Args#from}, as the commands' own options are.
 */
final class TrainingCorpusOptions {

    @Option(names = "--gold", paramLabel = "DIR",
            description = "The training articles: NAME.txt beside NAME.ann (brat standoff attributions).")
    Path gold;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles extracted at once (default: the number of processors).")
    Integer threads;
}

package org.saidgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code benchmark-extract}: the options only; {@link ExtractCommands#benchmark} does the work. */
@Command(name = "benchmark-extract",
        description = "Steady-state extraction speed and heap: extracts the given articles repeatedly after a "
                + "warm-up and reports articles per second, CPU time per article and heap use.")
final class BenchmarkExtractCommand extends ExtractionCommand {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
            description = "Article .txt files, curated .json datasets (their text), or directories of them "
                    + "(default: data/articles).")
    List<Path> articles;

    @Option(names = "--articles", paramLabel = "N", description = "How many extractions to time (default: 200).")
    Integer count;

    @Option(names = "--threads", paramLabel = "T", description = "Extraction threads (default: 1).")
    Integer threads;

    @Mixin
    KnowledgeOption knowledge;

    @Override
    int run(ExtractCommands commands, ExtractCommands.Args args) {
        return commands.benchmark(args);
    }
}

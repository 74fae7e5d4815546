package org.saidgraph.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code --knowledge DIR}, the curated datasets whose entities the extractor knows: one declaration for every command
 * that extracts ({@code extract}, {@code evaluate}, {@code benchmark-extract}, {@code train-filter},
 * {@code learn-bounds}). Read through {@link ExtractCommands.Args#from}, as the commands' own options are.
 */
final class KnowledgeOption {

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Curated datasets whose entities the extractor knows (default: data/articles).")
    Path knowledge;
}

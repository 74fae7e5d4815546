package org.saidgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code ingest ARTICLE.txt…}: the options only; {@link ExtractCommands#ingest} does the work. */
@Command(name = "ingest",
        description = {"Extract datasets from articles' plain text, then load them into the configured graph "
                + "(like load), with the knowledge of that graph. Refuses to replace a curated article.",
                "The metadata options apply when one article is given."},
        footer = {"", SaidgraphCommand.GRAPH_PROPERTIES})
final class IngestCommand extends ExtractionCommand {

    @Mixin
    ArticleOptions article;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE.txt", description = "Articles' plain text, UTF-8.")
    List<Path> texts;

    @Override
    int run(ExtractCommands commands, ExtractCommands.Args args) {
        return commands.ingest(args);
    }
}

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
                "A directory stands for the .txt files in it. A NAME.meta.json beside NAME.txt (title, publisher, "
                        + "url, published) is read with it; the metadata options apply when one article is given. "
                        + "Each article is reported as it goes ([3/10] NAME: …); one that cannot be read, extracted "
                        + "or validated is reported and skipped, and the others are loaded."},
        footer = {"", SaidgraphCommand.GRAPH_PROPERTIES})
final class IngestCommand extends ExtractionCommand {

    @Mixin
    ArticleOptions article;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE.txt|DIR",
            description = "Articles' plain text, UTF-8, or directories of them.")
    List<Path> texts;

    @Override
    int run(ExtractCommands commands, ExtractCommands.Args args) {
        return commands.ingest(args);
    }
}

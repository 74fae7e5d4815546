package org.saidgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code evaluate --gold …}: the options only; {@link ExtractCommands#evaluate} does the work. */
@Command(name = "evaluate",
        description = "Extract articles and score the result against gold: a curated dataset or the gold-annotation "
                + "format (docs/extraction.md, Evaluation). Starts neither Spring nor a database.")
final class EvaluateCommand extends ExtractionCommand {

    @Option(names = "--gold", required = true, paramLabel = "GOLD|DIR",
            description = "A gold file, or a directory of them (NAME.gold.json beside NAME.txt).")
    Path gold;

    @Option(names = "--text", paramLabel = "ARTICLE.txt|DIR",
            description = "The article text, or the directory of the texts (default: beside the gold).")
    Path text;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Curated datasets whose entities the extractor knows (default: data/articles).")
    Path knowledge;

    @Option(names = "--with-own-gold",
            description = "Let the extractor know the curated dataset of the article it scores (held out by default).")
    boolean withOwnGold;

    @Option(names = "--json", description = "Print the scores as JSON instead of a table.")
    boolean json;

    @Option(names = "--verbose",
            description = "List every gold statement with what matched it, and every unmatched extracted statement.")
    boolean verbose;

    @Override
    int run(ExtractCommands commands, ExtractCommands.Args args) {
        return commands.evaluate(args);
    }
}

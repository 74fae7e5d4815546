package org.saidgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * {@code extract ARTICLE.txt}: the options only; {@link ExtractCommands#extract} does the work. The fields are read
 * through the command's spec ({@link ExtractCommands.Args#from}), so each option is declared and documented once, here.
 */
@Command(name = "extract",
        description = {"Draft a dataset (origin extracted, a confidence on every item) from an article's plain text, "
                + "validated like any dataset. Starts neither Spring nor a database.",
                "A NAME.meta.json beside NAME.txt (title, publisher, url, published) is read when present; the "
                        + "options override it.",
                "Given a directory, every NAME.txt in it is extracted, on all processors at once, into --out DIR as "
                        + "NAME.json."})
final class ExtractCommand extends ExtractionCommand {

    @Mixin
    ArticleOptions article;

    @Parameters(arity = "1", paramLabel = "ARTICLE.txt|DIR",
            description = "The article's plain text, UTF-8; or a directory of such texts.")
    Path text;

    @Option(names = "--out", paramLabel = "DATASET.json|DIR",
            description = "Write the dataset here instead of printing it; for a directory of texts, the directory "
                    + "that receives one NAME.json per NAME.txt (required then).")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles extracted at once from a directory (default: the number of processors).")
    Integer threads;

    @Mixin
    KnowledgeOption knowledge;

    @Override
    int run(ExtractCommands commands, ExtractCommands.Args args) {
        return commands.extract(args);
    }
}

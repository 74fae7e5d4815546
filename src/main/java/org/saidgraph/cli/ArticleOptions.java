package org.saidgraph.cli;

import picocli.CommandLine.Option;

/**
 * The metadata of an article given as plain text, for {@code extract} and {@code ingest}. Read by
 * {@link ExtractCommands} through {@link ExtractCommands.Args#from}; a {@code NAME.meta.json} beside {@code NAME.txt}
 * gives the same fields, and these options override it.
 */
final class ArticleOptions {

    @Option(names = "--title", paramLabel = "TITLE",
            description = "The article's title; its slug becomes the article id (else the file name's).")
    String title;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Who published the article.")
    String publisher;

    @Option(names = "--url", paramLabel = "URL", description = "Where the article was published (http or https).")
    String url;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The date of publication.")
    String published;
}

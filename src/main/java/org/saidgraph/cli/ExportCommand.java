package org.saidgraph.cli;

import org.saidgraph.export.CsvExport;
import org.saidgraph.export.ExportFormat;
import org.saidgraph.export.Exporter;
import org.saidgraph.graph.Graph;
import org.saidgraph.query.GraphExportSource;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code export --format … --out PATH [--article ID]}: the graph (or one article's subgraph) in one of the export
 * formats, streamed from the configured graph into a file, or for CSV into a directory, as {@code GET
 * /api/export/{format}} serves it.
 */
@Command(name = "export",
        description = {"Export the configured graph, or one article's subgraph: graphml (Gephi, yEd), cytoscape "
                + "(Cytoscape.js JSON, Cytoscape desktop), csv (nodes.csv and relationships.csv for neo4j-admin "
                + "database import, in a directory, with import-command.txt) or jsonld (schema.org JSON-LD).",
                "Streamed: the graph is never held in memory. The embedded database can be open in one process at "
                        + "a time: with the server running, use GET /api/export/{format} instead."},
        footer = {"", SaidgraphCommand.GRAPH_PROPERTIES},
        sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    SaidgraphCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml, cytoscape, csv or jsonld.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file to write (replaced if it exists); for csv, the directory to write the files into.")
    Path out;

    @Option(names = "--article", paramLabel = "ID",
            description = "Only this article's subgraph: the article, its statements and the entities they involve.")
    String article;

    @Override
    public Integer call() throws IOException {
        ExportFormat chosen = ExportFormat.named(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--format: unknown export format '" + format + "'; one of " + ExportFormat.names()));
        Optional<ConfigurableApplicationContext> started = GraphContext.start(
                root.springProperties.toArray(String[]::new), root.err, "Nothing exported");
        if (started.isEmpty()) {
            return 1;
        }
        try (ConfigurableApplicationContext context = started.get()) {
            Graph graph = context.getBean(Graph.class);
            if (article != null && !GraphExportSource.articleExists(graph, article)) {
                root.err.println("Nothing exported: no article with id '" + article + "' in the graph");
                return 1;
            }
            GraphExportSource source = new GraphExportSource(graph, article);
            if (chosen == ExportFormat.CSV) {
                CsvExport.writeDirectory(source, out);
            } else {
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                try (OutputStream file = Files.newOutputStream(out)) {
                    Exporter.write(chosen, source, file);
                }
            }
        }
        root.out.println("Wrote " + chosen.name + (article == null ? "" : " of article " + article) + " to " + out);
        return 0;
    }
}

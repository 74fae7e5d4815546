package org.saidgraph.cli;

import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.load.DirectoryLoader;
import org.saidgraph.load.LoadProgress;
import org.saidgraph.load.LoadSummary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code load FILE|DIR…}: streams the datasets into the configured graph ({@link DirectoryLoader}), with progress on
 * standard error and a summary on standard output.
 */
@Command(name = "load",
        description = {"Validate datasets and load them into the configured graph: the embedded database in "
                + "saidgraph.data-dir, or the server at saidgraph.neo4j.uri.",
                "Files are streamed (read and validated while the ones before are written, several articles per "
                        + "transaction); a file not changed since it was last loaded is not read again. A rejected "
                        + "file is reported with its JSON pointer and the others still load; the exit code is then 1. "
                        + "On a terminal a progress bar shows articles/s, statements/s and the time left; otherwise "
                        + "a line every five seconds. The embedded database can be open in one process at a time: "
                        + "stop the server first, or send datasets to it with POST /api/articles."},
        footer = {"", SaidgraphCommand.GRAPH_PROPERTIES})
final class LoadCommand implements Callable<Integer> {

    @ParentCommand
    SaidgraphCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--all-or-nothing",
            description = "Validate every file before writing any, and load nothing if one is invalid.")
    boolean allOrNothing;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Dataset files, or directories whose *.json files (at any depth) are loaded in name order.")
    List<Path> paths;

    @Override
    public Integer call() {
        List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(p -> root.err.println(p + ": no such file or directory"));
            root.err.println("Nothing loaded");
            return 1;
        }
        DirectoryLoader.Options options = DirectoryLoader.Options.defaults();
        if (allOrNothing) {
            // Before the database is even opened: with one invalid file the graph is not touched.
            int[] checked = new DirectoryLoader(new DatasetReader(), null).validate(paths, options,
                    rejected -> rejected.problems().forEach(root.err::println));
            if (checked[1] > 0 || checked[0] == 0) {
                root.err.println("Nothing loaded: " + checked[1] + " of " + checked[0] + " file(s) invalid");
                return 1;
            }
        }
        var started = GraphContext.start(root.springProperties.toArray(String[]::new), root.err, "Nothing loaded");
        if (started.isEmpty()) {
            return 1;
        }
        LoadSummary summary;
        try (ConfigurableApplicationContext context = started.get();
             LoadProgress progress = System.console() != null ? LoadProgress.bar(root.err)
                     : LoadProgress.lines(root.err::println, Duration.ofSeconds(5))) {
            DirectoryLoader loader = new DirectoryLoader(context.getBean(DatasetReader.class),
                    context.getBean(DatasetLoader.class));
            summary = loader.load(paths, options, progress,
                    rejected -> rejected.problems().forEach(root.err::println));
        }
        if (summary.files() == 0) {
            root.err.println("No dataset files (*.json) found: nothing loaded");
            return 1;
        }
        root.out.println(summary);
        return summary.rejected() == 0 ? 0 : 1;
    }
}

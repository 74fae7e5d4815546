package org.saidgraph.cli;

import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.load.DatasetFiles;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.load.LoadResult;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code load FILE|DIR…}: validates every file, then loads them into the configured graph. */
@Command(name = "load",
        description = {"Validate datasets, then load them into the configured graph: the embedded database in "
                + "saidgraph.data-dir, or the server at saidgraph.neo4j.uri.",
                "With one invalid file nothing is loaded. The embedded database can be open in one process at a "
                        + "time: stop the server first, or send datasets to it with POST /api/articles."},
        footer = {"", SaidgraphCommand.GRAPH_PROPERTIES})
final class LoadCommand implements Callable<Integer> {

    @ParentCommand
    SaidgraphCommand root;

    @Mixin
    HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Dataset files, or directories whose *.json files (at any depth) are loaded in name order.")
    List<Path> paths;

    @Override
    public Integer call() {
        // Validate everything first, so that a bad file named last does not leave the earlier ones half-loaded.
        DatasetReader reader = new DatasetReader();
        List<Path> files = DatasetFiles.expand(paths);
        List<Dataset> datasets = new ArrayList<>();
        int failed = 0;
        for (Path file : files) {
            try {
                datasets.add(reader.read(file));
            } catch (InvalidDatasetException e) {
                failed++;
                e.problems().forEach(root.err::println);
            }
        }
        if (failed > 0 || files.isEmpty()) {
            root.err.println("Nothing loaded: " + failed + " of " + files.size() + " file(s) invalid");
            return 1;
        }
        var started = GraphContext.start(root.springProperties.toArray(String[]::new), root.err, "Nothing loaded");
        if (started.isEmpty()) {
            return 1;
        }
        try (ConfigurableApplicationContext context = started.get()) {
            DatasetLoader loader = context.getBean(DatasetLoader.class);
            for (int i = 0; i < files.size(); i++) {
                try {
                    LoadResult result = loader.load(files.get(i).toString(), datasets.get(i));
                    root.out.println(files.get(i) + ": " + result);
                } catch (InvalidDatasetException e) {
                    failed++;
                    e.problems().forEach(root.err::println);
                }
            }
        }
        root.out.println(files.size() - failed + " loaded, " + failed + " rejected");
        return failed == 0 ? 0 : 1;
    }
}

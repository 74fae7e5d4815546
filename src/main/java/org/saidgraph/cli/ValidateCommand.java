package org.saidgraph.cli;

import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.dataset.DatasetFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code validate FILE|DIR…}: reads every dataset with all the loader's rules and writes nothing. */
@Command(name = "validate",
        description = {"Check datasets against the JSON Schema and the loader's rules; writes nothing.",
                "Exit code 0 when every file is valid; each problem is printed with its file and JSON pointer."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    SaidgraphCommand root;

    @Mixin
    HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Dataset files, or directories whose *.json files (at any depth) are read in name order.")
    List<Path> paths;

    @Override
    public Integer call() {
        DatasetReader reader = new DatasetReader();
        int failed = 0;
        List<Path> files = DatasetFiles.expand(paths);
        for (Path file : files) {
            try {
                var dataset = reader.read(file);
                root.out.println(file + ": valid (" + dataset.entities().size() + " entities, "
                        + dataset.statements().size() + " statements)");
            } catch (InvalidDatasetException e) {
                failed++;
                e.problems().forEach(root.err::println);
            }
        }
        root.out.println(files.size() - failed + " valid, " + failed + " invalid");
        return failed == 0 && !files.isEmpty() ? 0 : 1;
    }
}

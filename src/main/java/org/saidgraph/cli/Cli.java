package org.saidgraph.cli;

import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.load.DatasetFiles;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.load.LoadResult;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The command line in the application jar: {@code validate FILE…} and {@code load FILE…}. Exit code 0 means every
 * file succeeded; problems go to standard error, each naming the file and a JSON pointer.
 */
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("validate", "load", "extract", "evaluate", "ingest",
            "benchmark-extract", "help", "--help");

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command and returns its exit code. {@code springArgs} are passed on to the application context. */
    public int run(String[] args) {
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        List<Path> files = rest.stream().filter(a -> !a.startsWith("--")).map(Path::of).toList();
        String[] springArgs = rest.stream().filter(a -> a.startsWith("--")).toArray(String[]::new);
        ExtractCommands extract = new ExtractCommands(out, err);
        ExtractCommands.Args parsed;
        try {
            parsed = ExtractCommands.Args.parse(rest);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return usage();
        }
        int code = switch (command) {
            case "validate" -> files.isEmpty() ? usage() : validate(files);
            case "load" -> files.isEmpty() ? usage() : load(files, springArgs);
            case "extract" -> extract.extract(parsed);
            case "evaluate" -> extract.evaluate(parsed);
            case "ingest" -> extract.ingest(parsed);
            case "benchmark-extract" -> extract.benchmark(parsed);
            default -> usage();
        };
        return code < 0 ? usage() : code;
    }

    private int validate(List<Path> paths) {
        DatasetReader reader = new DatasetReader();
        int failed = 0;
        List<Path> files = DatasetFiles.expand(paths);
        for (Path file : files) {
            try {
                var dataset = reader.read(file);
                out.println(file + ": valid (" + dataset.entities().size() + " entities, "
                        + dataset.statements().size() + " statements)");
            } catch (InvalidDatasetException e) {
                failed++;
                e.problems().forEach(err::println);
            }
        }
        out.println(files.size() - failed + " valid, " + failed + " invalid");
        return failed == 0 && !files.isEmpty() ? 0 : 1;
    }

    private int load(List<Path> paths, String[] springArgs) {
        // Validate everything first, so that a bad file named last does not leave the earlier ones half-loaded.
        DatasetReader reader = new DatasetReader();
        List<Path> files = DatasetFiles.expand(paths);
        var datasets = new java.util.ArrayList<org.saidgraph.dataset.Dataset>();
        int failed = 0;
        for (Path file : files) {
            try {
                datasets.add(reader.read(file));
            } catch (InvalidDatasetException e) {
                failed++;
                e.problems().forEach(err::println);
            }
        }
        if (failed > 0 || files.isEmpty()) {
            err.println("Nothing loaded: " + failed + " of " + files.size() + " file(s) invalid");
            return 1;
        }
        var started = GraphContext.start(springArgs, err, "Nothing loaded");
        if (started.isEmpty()) {
            return 1;
        }
        try (ConfigurableApplicationContext context = started.get()) {
            DatasetLoader loader = context.getBean(DatasetLoader.class);
            for (int i = 0; i < files.size(); i++) {
                try {
                    LoadResult result = loader.load(files.get(i).toString(), datasets.get(i));
                    out.println(files.get(i) + ": " + result);
                } catch (InvalidDatasetException e) {
                    failed++;
                    e.problems().forEach(err::println);
                }
            }
        }
        out.println(files.size() - failed + " loaded, " + failed + " rejected");
        return failed == 0 ? 0 : 1;
    }

    private int usage() {
        err.println("""
                Usage: java -jar saidgraph.jar [COMMAND ARGS…] [--property=value…]
                  (no command)          run the server: the HTTP API over the graph, loading saidgraph.datasets
                  validate FILE|DIR…    check datasets against the schema and rules; writes nothing
                  load FILE|DIR…        validate, then load datasets into the configured graph
                  extract ARTICLE.txt [--title T] [--publisher P] [--url U] [--published YYYY-MM-DD]
                          [--out DATASET.json] [--knowledge DIR]
                                        draft a dataset (origin extracted) from an article's plain text; no database
                  evaluate --gold GOLD|DIR [--text ARTICLE.txt|DIR] [--knowledge DIR] [--with-own-gold] [--json] [--verbose]
                                        extract and score against gold (curated dataset or gold-annotation format)
                  ingest ARTICLE.txt… [--title T …]
                                        extract, then load into the configured graph
                  benchmark-extract [--articles N] [--threads T] [FILE|DIR…]
                                        steady-state extraction speed and heap on .txt articles or the text
                                        of .json datasets (default: data/articles)
                """);
        return 2;
    }
}

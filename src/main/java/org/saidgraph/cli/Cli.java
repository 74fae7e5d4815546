package org.saidgraph.cli;

import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.load.DatasetFiles;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.load.DirectoryLoader;
import org.saidgraph.load.LoadProgress;
import org.saidgraph.load.LoadSummary;
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

    private static final String ALL_OR_NOTHING = "--all-or-nothing";

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
        boolean allOrNothing = rest.contains(ALL_OR_NOTHING);
        String[] springArgs = rest.stream().filter(a -> a.startsWith("--") && !a.equals(ALL_OR_NOTHING))
                .toArray(String[]::new);
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
            case "load" -> files.isEmpty() ? usage() : load(files, allOrNothing, springArgs);
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

    /**
     * Loads files and directories, streaming them: a rejected file is reported (file and pointer) and the others still
     * load, exit code 1 at the end; with {@code --all-or-nothing}, every file is validated before any is written and
     * one invalid file means nothing is loaded. Progress goes to standard error: a bar on a terminal, otherwise a
     * line every five seconds.
     */
    private int load(List<Path> paths, boolean allOrNothing, String[] springArgs) {
        List<Path> missing = paths.stream().filter(p -> !java.nio.file.Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(p -> err.println(p + ": no such file or directory"));
            err.println("Nothing loaded");
            return 1;
        }
        DirectoryLoader.Options options = DirectoryLoader.Options.defaults();
        if (allOrNothing) {
            // Before the database is even opened, as the graph is not touched when one file is invalid.
            int[] checked = new DirectoryLoader(new DatasetReader(), null).validate(paths, options,
                    rejected -> rejected.problems().forEach(err::println));
            if (checked[1] > 0) {
                err.println("Nothing loaded: " + checked[1] + " of " + checked[0] + " file(s) invalid");
                return 1;
            }
        }
        var started = GraphContext.start(springArgs, err, "Nothing loaded");
        if (started.isEmpty()) {
            return 1;
        }
        LoadSummary summary;
        try (ConfigurableApplicationContext context = started.get();
             LoadProgress progress = System.console() != null ? LoadProgress.bar(err)
                     : LoadProgress.lines(err::println, java.time.Duration.ofSeconds(5))) {
            DirectoryLoader loader = new DirectoryLoader(context.getBean(DatasetReader.class),
                    context.getBean(DatasetLoader.class));
            summary = loader.load(paths, options, progress, rejected -> rejected.problems().forEach(err::println));
        }
        if (summary.files() == 0) {
            err.println("No dataset files (*.json) found");
            return 1;
        }
        out.println(summary);
        return summary.rejected() == 0 ? 0 : 1;
    }

    private int usage() {
        err.println("""
                Usage: java -jar saidgraph.jar [COMMAND ARGS…] [--property=value…]
                  (no command)          run the server: the HTTP API over the graph, loading saidgraph.datasets
                  validate FILE|DIR…    check datasets against the schema and rules; writes nothing
                  load FILE|DIR… [--all-or-nothing]
                                        validate and load datasets into the configured graph, streaming; a rejected
                                        file is reported and the others load (exit code 1); --all-or-nothing
                                        validates all first and loads nothing if one is invalid
                  extract ARTICLE.txt [--title T] [--publisher P] [--url U] [--published YYYY-MM-DD]
                          [--out DATASET.json] [--knowledge DIR]
                                        draft a dataset (origin extracted) from an article's plain text; no database
                  evaluate --gold GOLD|DIR [--text ARTICLE.txt|DIR] [--knowledge DIR] [--with-own-gold] [--json] [--verbose]
                                        extract and score against gold (curated dataset or gold-annotation format)
                  ingest ARTICLE.txt… [--title T …]
                                        extract, then load into the configured graph
                  benchmark-extract [--articles N] [--threads T] [FILE|DIR…]
                                        steady-state extraction speed and heap (default: ../shared/articles)
                """);
        return 2;
    }
}

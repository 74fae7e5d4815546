package org.saidgraph.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The top of the command line: lists the commands and says how Spring properties are told apart from options. The
 * commands reach the output streams and the properties through it ({@code @ParentCommand}).
 */
@Command(name = "saidgraph",
        description = {
                "A knowledge graph of who said what, built from news articles. Here saidgraph stands for "
                        + "java -jar target/saidgraph.jar (or a shell function of that name: see "
                        + "generate-completion --help).",
                "",
                "With no argument, or with nothing but Spring properties, the jar runs the server: the HTTP API over "
                        + "the graph, loading saidgraph.datasets first. Anything else is a command, and a command "
                        + "that does not exist is an error (exit code 2), never a server start.",
                "",
                "Exit codes: 0 success, 1 failure (each problem on standard error), 2 wrong usage."},
        commandListHeading = "%nCommands (each has --help):%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nSpring properties:%n",
        footer = {
                "Any argument --name=value whose name contains a dot (--saidgraph.data-dir=/srv/saidgraph, "
                        + "--saidgraph.neo4j.uri=neo4j://db:7687, --server.port=9090) is a Spring property, not an "
                        + "option of a command, and may stand anywhere on the line. load and ingest start the graph "
                        + "with them, the server reads them, and the other commands accept and ignore them. "
                        + "A command's own options have no dot in their name.",
                "",
                "Shell completion: saidgraph() { java -jar /path/to/target/saidgraph.jar \"$@\"; } and then "
                        + "source <(saidgraph generate-completion), in bash or zsh."},
        subcommands = {
                ValidateCommand.class,
                LoadCommand.class,
                GenerateCommand.class,
                BenchCommand.class,
                ExportCommand.class,
                ExtractCommand.class,
                IngestCommand.class,
                EvaluateCommand.class,
                TrainFilterCommand.class,
                LearnCuesCommand.class,
                LearnBoundsCommand.class,
                BenchmarkExtractCommand.class,
                ReliabilityCommand.class,
                HelpCommand.class,
                AutoComplete.GenerateCompletion.class})
final class SaidgraphCommand implements Callable<Integer> {

    /** The footer of the commands that open the graph. */
    static final String GRAPH_PROPERTIES = "Spring properties choose the graph, e.g. --saidgraph.data-dir=/srv/saidgraph "
            + "or --saidgraph.neo4j.uri=neo4j://db:7687 (see saidgraph --help).";

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    final PrintStream out;
    final PrintStream err;
    /** The Spring properties found on the line, in their order; commands that start the graph pass them on. */
    final List<String> springProperties;

    SaidgraphCommand(PrintStream out, PrintStream err, List<String> springProperties) {
        this.out = out;
        this.err = err;
        this.springProperties = List.copyOf(springProperties);
    }

    /** Reached only when properties came without a command through {@link Cli#run}: the jar's main starts the server then. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Give a command.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    /**
     * {@link ExtractCommands} answers -1 for arguments it cannot use; the picocli options make that unreachable
     * today, and this keeps it a usage error (exit code 2) should it happen.
     */
    static int usageIfNegative(int code, CommandSpec command) {
        if (code < 0) {
            command.commandLine().usage(command.commandLine().getErr());
            return command.exitCodeOnInvalidInput();
        }
        return code;
    }
}

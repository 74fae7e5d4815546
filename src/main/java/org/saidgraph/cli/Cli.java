package org.saidgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command line in the application jar, on picocli: the commands are {@link SaidgraphCommand}'s subcommands. Exit
 * code 0 means success, 1 failure (problems on standard error, each naming the file and a JSON pointer where there is
 * one), 2 wrong usage: an unknown command or option, with picocli's suggestion and the usage.
 */
public final class Cli {

    /**
     * A Spring property: {@code --name=value} whose name contains a dot ({@code --saidgraph.data-dir=…}). No option of
     * a command has a dot in its name, so this is how the two are told apart, wherever the property stands.
     */
    private static final Pattern SPRING_PROPERTY =
            Pattern.compile("--[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_\\[\\]-]+)+=.*", Pattern.DOTALL);

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static boolean isSpringProperty(String arg) {
        return SPRING_PROPERTY.matcher(arg).matches();
    }

    /** The server starts only with no argument at all, or with nothing but Spring properties. */
    public static boolean startsServer(String[] args) {
        return Arrays.stream(args).allMatch(Cli::isSpringProperty);
    }

    /** Runs a command and returns its exit code; the Spring properties among {@code args} go to the commands. */
    public int run(String[] args) {
        List<String> properties = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            (isSpringProperty(arg) ? properties : rest).add(arg);
        }
        CommandLine commandLine = commandLine(new SaidgraphCommand(out, err, properties));
        int code = commandLine.execute(rest.toArray(String[]::new));
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return code;
    }

    static CommandLine commandLine(SaidgraphCommand root) {
        CommandLine commandLine = new CommandLine(root)
                .setOut(new PrintWriter(root.out, true))
                .setErr(new PrintWriter(root.err, true))
                .setParameterExceptionHandler(Cli::usageError);
        // picocli hides its completion command by default; it belongs in the list.
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return commandLine;
    }

    /**
     * What is wrong, picocli's suggestion for a mistyped command or option ("Did you mean: saidgraph generate?"), and
     * the usage of the command it happened in. (picocli's own handler leaves the usage out when it has a suggestion.)
     */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println();
        commandLine.usage(err);
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }
}

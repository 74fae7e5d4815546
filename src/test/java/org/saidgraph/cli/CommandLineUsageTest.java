package org.saidgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saidgraph.support.Seed;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line says and answers before any command runs: help, typos, unknown commands, properties. */
class CommandLineUsageTest {

    private static final List<String> COMMANDS = List.of("validate", "load", "generate", "extract", "ingest", "evaluate",
            "train-filter", "learn-bounds", "benchmark-extract", "reliability", "help", "generate-completion");

    private final CapturedCli cli = new CapturedCli();

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "help", "-h"})
    void helpListsEveryCommandAndHowPropertiesAreToldApartWithExitCodeZero(String help) {
        assertThat(cli.run(help)).isZero();

        assertThat(out()).contains(COMMANDS).contains("Spring properties", "contains a dot", "--help");
        assertThat(err()).isEmpty();
    }

    @Test
    void everyCommandsHelpExitsZeroAndNamesEachOfItsOptions() {
        CommandLine commandLine = Cli.commandLine(new SaidgraphCommand(System.out, System.err, List.of()));
        assertThat(commandLine.getSubcommands().keySet()).containsAll(COMMANDS);
        for (var command : commandLine.getSubcommands().entrySet()) {
            cli.reset();
            int code = cli.run(command.getKey(), "--help");

            assertThat(code).as(command.getKey()).isZero();
            assertThat(out()).as(command.getKey()).contains("Usage: saidgraph " + command.getKey());
            for (OptionSpec option : command.getValue().getCommandSpec().options()) {
                assertThat(out()).as(command.getKey()).contains(option.longestName());
            }
        }
    }

    @Test
    void theExtractionCommandsKeepTheirOptions() {
        cli.run("extract", "--help");
        assertThat(out()).contains("--title", "--publisher", "--url", "--published", "--out", "--knowledge");
        cli.run("evaluate", "--help");
        assertThat(out()).contains("--gold", "--text", "--with-own-gold", "--json", "--verbose");
        cli.run("ingest", "--help");
        assertThat(out()).contains("ingest [-h] [--published=YYYY-MM-DD]");
        cli.run("benchmark-extract", "--help");
        assertThat(out()).contains("--articles", "--threads");
    }

    @Test
    void aMistypedCommandIsAUsageErrorWithASuggestion() {
        int code = cli.run("valdate", Seed.DATASET.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("Unmatched arguments from index 0: 'valdate'", "Did you mean: saidgraph validate",
                "Usage: saidgraph");
        assertThat(out()).isEmpty();
    }

    @Test
    void generatMeansGenerate() {
        assertThat(cli.run("generat", "--articles", "3")).isEqualTo(2);
        assertThat(err()).contains("Did you mean: saidgraph generate", "Usage: saidgraph");
    }

    @Test
    void anUnknownCommandIsAUsageErrorAndNeverAServerStart() {
        assertThat(Cli.startsServer(new String[]{"serve"})).isFalse();
        assertThat(cli.run("serve")).isEqualTo(2);
        assertThat(err()).contains("'serve'", "Usage: saidgraph");
    }

    @Test
    void aMistypedOptionIsAUsageErrorWithASuggestionAndTheCommandsUsage() {
        int code = cli.run("evaluate", "--gold", "gold.json", "--jsn");

        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("Unknown option: '--jsn'", "--json", "Usage: saidgraph evaluate");
    }

    @Test
    void aMissingArgumentOrRequiredOptionIsAUsageError() {
        assertThat(cli.run("load")).isEqualTo(2);
        assertThat(err()).contains("Missing required parameter", "Usage: saidgraph load");
        cli.reset();
        assertThat(cli.run("evaluate")).isEqualTo(2);
        assertThat(err()).contains("Missing required option: '--gold=GOLD|DIR'");
    }

    @Test
    void onlyNoArgumentsOrNothingButSpringPropertiesStartTheServer() {
        assertThat(Cli.startsServer(new String[]{})).isTrue();
        assertThat(Cli.startsServer(new String[]{"--server.port=0", "--saidgraph.data-dir=/tmp/x y",
                "--logging.level.org.neo4j=WARN", "--saidgraph.list[0]=a"})).isTrue();

        assertThat(Cli.startsServer(new String[]{"--server.port=0", "generat"})).isFalse();
        assertThat(Cli.startsServer(new String[]{"--help"})).isFalse();
        // Without a dot it is no Spring property but a (mistyped) option: an error, not a server on another port.
        assertThat(Cli.startsServer(new String[]{"--port=9090"})).isFalse();
        assertThat(Cli.startsServer(new String[]{"--server.port", "9090"})).isFalse();
    }

    @Test
    void springPropertiesAreAcceptedAnywhereOnTheLineByCommandsThatDoNotUseThem() {
        int code = cli.run(new String[]{"--saidgraph.data-dir=/nonexistent", "validate", Seed.DATASET.toString(),
                "--server.port=0"});

        assertThat(code).isZero();
        assertThat(out()).contains("1 valid, 0 invalid");
    }

    @Test
    void anOptionValueWithDotsIsNoProperty() {
        assertThat(Cli.isSpringProperty("--title=Talks in St. Petersburg")).isFalse();
        assertThat(Cli.isSpringProperty("--saidgraph.neo4j.uri=neo4j://db:7687")).isTrue();
    }

    @Test
    void theCompletionScriptCompletesTheCommands() {
        assertThat(cli.run("generate-completion")).isZero();

        assertThat(out()).contains("complete -F", "saidgraph", "validate", "generate", "benchmark-extract",
                "--knowledge", "--speaker-skew");
    }
}

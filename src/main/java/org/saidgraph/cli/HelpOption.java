package org.saidgraph.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h}/{@code --help} on every command. A mixin rather than an inherited option, because picocli's own
 * {@code help} and {@code generate-completion} commands declare theirs.
 */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}

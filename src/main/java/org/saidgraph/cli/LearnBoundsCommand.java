package org.saidgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code learn-bounds}: the options only; {@link ExtractCommands#learnBounds} does the work. */
@Command(name = "learn-bounds",
        description = {"Learn where reported statements end from brat gold (e.g. PolNeAR train): extracts every "
                + "article with no span cut, and for each phrase that closes a reported statement in the dependency "
                + "parse (conjunct, relative clause, apposition, prepositional phrase …, by relation, punctuation and "
                + "first word) counts whether the gold content keeps it or leaves it out. Writes only counts and a "
                + "cut/keep verdict per key (docs/extraction.md, Where reported statements end).",
                "Starts neither Spring nor a database."})
final class LearnBoundsCommand extends ExtractionCommand {

    @Mixin
    TrainingCorpusOptions corpus;

    @Option(names = "--from-counts", paramLabel = "FILE",
            description = "Decide again from counts written earlier (with --min 1) instead of extracting --gold.")
    Path fromCounts;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the table (default: print it).")
    Path out;

    @Option(names = "--min", paramLabel = "N",
            description = "Keep keys met at least N times, and cut only keys left out at least N times (default: 8).")
    Integer min;

    @Option(names = "--share", paramLabel = "X",
            description = "Cut a key when the gold leaves it out at least this share of the times it keeps or leaves "
                    + "it (default: 0.6).")
    Double share;

    @Option(names = "--margin", paramLabel = "X",
            description = "Cut (or extend) a key only when doing so finds X times as many gold attributions as it "
                    + "loses (default: 2).")
    Double margin;

    @Mixin
    KnowledgeOption knowledge;

    @Override
    int run(ExtractCommands commands, ExtractCommands.Args args) {
        return commands.learnBounds(args);
    }
}

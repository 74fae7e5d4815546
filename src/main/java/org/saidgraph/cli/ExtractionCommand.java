package org.saidgraph.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * What {@code extract}, {@code ingest}, {@code evaluate}, {@code benchmark-extract}, {@code train-filter} and
 * {@code learn-bounds} share: each subclass declares and documents its options as annotated fields, or takes options
 * several commands share as a mixin ({@link KnowledgeOption}, {@link TrainingCorpusOptions}, {@link ArticleOptions}),
 * and {@link ExtractCommands} does the work with what picocli parsed into them ({@link ExtractCommands.Args#from}).
 */
abstract class ExtractionCommand implements Callable<Integer> {

    @ParentCommand
    SaidgraphCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    abstract int run(ExtractCommands commands, ExtractCommands.Args args);

    @Override
    public Integer call() {
        int code = run(new ExtractCommands(root.out, root.err), ExtractCommands.Args.from(spec, root.springProperties));
        return SaidgraphCommand.usageIfNegative(code, spec);
    }
}

package org.saidgraph.cli;

import org.saidgraph.reliability.ConcurrentLoad;
import org.saidgraph.reliability.CrashRecovery;
import org.saidgraph.reliability.DeadlockRetry;
import org.saidgraph.reliability.Launcher;
import org.saidgraph.reliability.Proof;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code reliability}: the long runs of issue 7's proofs (items 1 and 2), each saidgraph in a JVM of its own started
 * from this jar, with the figures printed as Markdown tables for RELIABILITY.md. The short versions run in
 * {@code mvn verify}.
 */
@Command(name = "reliability",
        description = {"Prove, with figures, that nothing is lost under concurrent load and after a crash "
                + "(RELIABILITY.md, sections 1 and 2). Each proof starts saidgraph from this jar in JVMs of its own, "
                + "on free ports of 127.0.0.1, over data directories of its own under --work:",
                "1. 32 readers on every read endpoint while 4 writers post 400 generated articles, in waves that "
                        + "name one person; then the graph must hold exactly what was posted, each statement with "
                        + "its source span. And a post that deadlocks with another client of the database must be "
                        + "retried inside the server.",
                "2. kill -9 of the load command three times part-way through a directory of 3,000 generated "
                        + "articles, and of the server while 4 writers post 400; after each restart every article "
                        + "must be complete or absent, and loading again must complete with exact counts.",
                "Exit code 0 when every proof holds, 1 otherwise (each "
                        + "violation on standard error)."},
        sortOptions = false)
final class ReliabilityCommand implements Callable<Integer> {

    @ParentCommand
    SaidgraphCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--only", paramLabel = "ITEM", split = ",",
            description = "Run only these items of the issue: 1, 2 (default: both).")
    List<String> only = List.of("1", "2");

    @Option(names = "--quick",
            description = "The short versions that mvn verify runs (40 and 600 articles), to try the command.")
    boolean quick;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the proofs keep their corpora, data directories and the logs of the JVMs they "
                    + "start (default: a new temporary directory, removed afterwards when every proof holds).")
    Path work;

    @Option(names = "--jar", paramLabel = "JAR",
            description = "The saidgraph jar to start (default: the one this command runs from).")
    Path jar;

    @Override
    public Integer call() throws IOException {
        Launcher launcher = jar != null ? Launcher.jar(jar) : Launcher.ofThisProcess();
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("saidgraph-reliability") : work;
        Files.createDirectories(dir);
        root.out.println("Starting saidgraph from " + launcher + "; working in " + dir);
        List<Proof> proofs = new ArrayList<>();
        if (only.contains("1")) {
            proofs.add(show(new ConcurrentLoad(quick ? ConcurrentLoad.Settings.QUICK : ConcurrentLoad.Settings.FULL,
                    launcher).run(dir)));
            proofs.add(show(new DeadlockRetry(launcher, quick ? 2 : 5).run(dir)));
        }
        if (only.contains("2")) {
            CrashRecovery crash = new CrashRecovery(quick ? CrashRecovery.Settings.QUICK
                    : CrashRecovery.Settings.FULL, launcher);
            proofs.add(show(crash.directoryLoad(dir)));
            proofs.add(show(crash.serverDuringPosts(dir)));
        }
        boolean holds = proofs.stream().allMatch(Proof::holds);
        if (holds && temporary) {
            delete(dir);
        } else if (!holds) {
            root.err.println("The logs of the JVMs started are in " + dir);
        }
        return holds ? 0 : 1;
    }

    private Proof show(Proof proof) {
        root.out.println();
        root.out.println("Item " + proof.item() + ": " + proof.title() + " (" + proof.seconds() + " s): "
                + (proof.holds() ? "holds" : "DOES NOT HOLD"));
        root.out.println();
        root.out.println("| what | figure |");
        root.out.println("| --- | --- |");
        proof.figures().forEach(f -> root.out.println("| " + f.what() + " | " + f.value() + " |"));
        proof.violations().forEach(v -> root.err.println("item " + proof.item() + ": " + v));
        root.out.flush();
        return proof;
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

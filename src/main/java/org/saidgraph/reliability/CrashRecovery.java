package org.saidgraph.reliability;

import org.saidgraph.dataset.Dataset;
import org.saidgraph.generate.CorpusGenerator;
import org.saidgraph.generate.GeneratorSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 7, item 2: {@code kill -9} part-way through a load, then a restart. Two faults of each kind:
 * <ul>
 * <li>the {@code load DIR} command (a JVM of its own over the embedded database) is killed once the graph holds a
 * given share of the directory's articles; the database is then opened again as a start would (Neo4j recovers its
 * transaction log), and every article must be complete or absent, nothing orphaned. The same load is run again
 * after the last kill, and must complete with exact counts;</li>
 * <li>the server is killed while writers post articles to {@code POST /api/articles}; after a restart over the same
 * data every article acknowledged (201) must be complete, every other one complete or absent, and posting them all
 * again must leave exactly the posted articles.</li>
 * </ul>
 */
public final class CrashRecovery {

    /**
     * @param directoryArticles articles in the directory the {@code load} command loads
     * @param loadKills         how many times that load is killed, at evenly spread shares of the directory
     * @param postedArticles    articles the writers post to the server
     * @param writers           writers posting at once
     * @param seed              the generated corpus
     */
    public record Settings(int directoryArticles, int loadKills, int postedArticles, int writers, long seed) {

        /**
         * The short version in {@code mvn verify}. The directory must span several of the loader's batches (2,000
         * statements, about 190 articles, per transaction), or the load commits it all at once and there is no
         * moment part-way to kill it.
         */
        public static final Settings QUICK = new Settings(600, 1, 40, 4, 73);
        /** The issue's: a directory of several thousand articles, killed three times. */
        public static final Settings FULL = new Settings(3_000, 3, 400, 4, 73);
    }

    private static final Duration START = Duration.ofMinutes(10);
    /** What Neo4j's debug.log says when it has recovered the graph's database from its transaction log. */
    private static final Pattern RECOVERED = Pattern.compile("\\[neo4j/[^\\]]*\\] Recovery in '\\w+' mode completed\\..*?: "
            + "(\\d+) transactions applied, (\\d+) not completed transactions rolled back");
    private static final Duration LOAD = Duration.ofMinutes(30);

    private final Settings settings;
    private final Launcher launcher;

    public CrashRecovery(Settings settings, Launcher launcher) {
        this.settings = settings;
        this.launcher = launcher;
    }

    /** {@code kill -9} of the {@code load DIR} command, then a restart and the same load to its end. */
    public Proof directoryLoad(Path work) {
        Proof.Builder proof = new Proof.Builder("2", "kill -9 during a directory load: every article complete or "
                + "absent, and the load run again completes");
        killDirectoryLoad(work, proof);
        return proof.build();
    }

    /** {@code kill -9} of the server while writers post, then a restart and every article posted again. */
    public Proof serverDuringPosts(Path work) {
        Proof.Builder proof = new Proof.Builder("2", "kill -9 of the server during posts: every acknowledged article "
                + "complete, every other complete or absent");
        killServerDuringPosts(work, proof);
        return proof.build();
    }

    /** The directory load, killed {@code loadKills} times, then run to its end. */
    private void killDirectoryLoad(Path work, Proof.Builder proof) {
        Path corpus = work.resolve("crash-corpus");
        List<Dataset> datasets = write(corpus, settings.directoryArticles(), settings.seed());
        Path data = work.resolve("crash-load-data");
        List<String> atKill = new ArrayList<>();
        List<String> afterKill = new ArrayList<>();
        List<String> recoveries = new ArrayList<>();
        int kills = 0;
        for (int k = 1; k <= settings.loadKills(); k++) {
            long target = (long) settings.directoryArticles() * k / (settings.loadKills() + 1);
            try (SaidgraphProcess load = load(corpus, data, work.resolve("crash-load-" + k + ".log"))) {
                long seen = awaitArticles(load, data, target);
                if (!load.isAlive()) {
                    proof.require(false, "kill " + k + ": the load ended (exit " + load.waitFor(Duration.ZERO)
                            + ") before the graph held " + target + " articles: " + load.tail(10));
                    continue;
                }
                load.kill9();
                kills++;
                atKill.add(String.format(Locale.ROOT, "%,d", seen));
            }
            Reopened reopened = reopen(data, datasets, proof, "after kill " + k);
            afterKill.add(reopened.verdict().complete().size() + " complete, " + reopened.verdict().absent().size()
                    + " absent, " + reopened.verdict().partial().size() + " half-written");
            recoveries.add(reopened.recovery());
        }
        int exit;
        long seconds;
        try (SaidgraphProcess load = load(corpus, data, work.resolve("crash-load-rerun.log"))) {
            long started = System.nanoTime();
            exit = load.waitFor(LOAD);
            seconds = (System.nanoTime() - started) / 1_000_000_000;
            proof.require(exit == 0, "the load run again exited with " + exit + ": " + load.tail(20));
        }
        Reopened finished = reopen(data, datasets, proof, "after the load was run again");
        proof.figure("directory load: articles in the directory", String.format(Locale.ROOT, "%,d (%,d statements)",
                        datasets.size(), datasets.stream().mapToInt(d -> d.statements().size()).sum()))
                .figure("directory load: kill -9 injected", kills)
                .figure("directory load: articles in the graph when killed", String.join("; ", atKill))
                .figure("directory load: after each restart", String.join("; ", afterKill))
                .figure("directory load: recovery on reopening", String.join("; ", recoveries))
                .figure("directory load: run again", "exit " + exit + " in " + seconds + " s, "
                        + finished.verdict().complete().size() + " of " + datasets.size() + " articles complete, "
                        + String.format(Locale.ROOT, "%,d statements, %,d relationships",
                        finished.verdict().totals().nodes("Statement"),
                        finished.verdict().totals().relationshipCount()));
        proof.require(finished.verdict().complete().size() == datasets.size(), "after the load was run again, "
                + finished.verdict().absent().size() + " article(s) absent: "
                + ConcurrentLoad.abbreviate(finished.verdict().absent()));
    }

    /** The server, killed while writers post; restarted; every article posted again. */
    private void killServerDuringPosts(Path work, Proof.Builder proof) {
        List<Dataset> datasets = new CorpusGenerator(GeneratorSettings.DEFAULTS.withArticles(settings.postedArticles())
                .withSeed(settings.seed() + 1)).datasets().toList();
        Path data = work.resolve("crash-server-data");
        Http http = new Http(Duration.ofSeconds(60));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger inFlightAtKill = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        try (SaidgraphProcess server = SaidgraphProcess.server(launcher, data, "1g",
                work.resolve("crash-server-1.log"))) {
            server.awaitHealthy(START);
            AtomicInteger next = new AtomicInteger();
            AtomicInteger inFlight = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(settings.writers());
            for (int w = 0; w < settings.writers(); w++) {
                writers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < datasets.size() && !killed.get();
                         i = next.getAndIncrement()) {
                        Dataset dataset = datasets.get(i);
                        inFlight.incrementAndGet();
                        Http.Answer answer = http.post(server.uri("/api/articles"), "application/json",
                                CorpusGenerator.json(dataset));
                        inFlight.decrementAndGet();
                        if (answer.status() == 201) {
                            acknowledged.add(dataset.article().id());
                        } else if (answer.status() == Http.NO_ANSWER) {
                            unanswered.incrementAndGet();
                        } else if (!killed.get()) {
                            proof.require(false, "before the kill, a post answered " + answer.status() + ": "
                                    + answer.body());
                        }
                    }
                });
            }
            writers.shutdown();
            long deadline = System.nanoTime() + LOAD.toNanos();
            while (acknowledged.size() < datasets.size() / 2 && !writers.isTerminated()
                    && System.nanoTime() < deadline) {
                SaidgraphProcess.sleep(5);
            }
            inFlightAtKill.set(inFlight.get());
            killed.set(true);
            server.kill9();
            ConcurrentLoad.awaitTermination(writers);
            proof.require(inFlightAtKill.get() > 0, "no post was in flight when the server was killed");
        }
        try (SaidgraphProcess server = SaidgraphProcess.server(launcher, data, "1g",
                work.resolve("crash-server-2.log"))) {
            server.awaitHealthy(START);
            GraphCensus.Verdict verdict;
            try (GraphCensus census = GraphCensus.ofServer(server, data)) {
                verdict = census.check(datasets);
            }
            List<String> lost = acknowledged.stream().filter(id -> !verdict.complete().contains(id)).sorted().toList();
            proof.require(lost.isEmpty(), lost.size() + " article(s) acknowledged with 201 before the kill are not "
                    + "complete after the restart: " + ConcurrentLoad.abbreviate(lost));
            proof.violations(verdict.violations().stream().map(v -> "server restarted: " + v).toList());
            int again = 0;
            for (Dataset dataset : datasets) {
                Http.Answer answer = http.post(server.uri("/api/articles"), "application/json",
                        CorpusGenerator.json(dataset));
                if (answer.ok()) {
                    again++;
                } else {
                    proof.require(false, "posted again, " + dataset.article().id() + " answered " + answer.status()
                            + ": " + answer.body());
                }
            }
            GraphCensus.Verdict finished;
            try (GraphCensus census = GraphCensus.ofServer(server, data)) {
                finished = census.check(datasets);
            }
            proof.violations(finished.violations().stream().map(v -> "all posted again: " + v).toList());
            proof.require(finished.complete().size() == datasets.size(), "after posting again, "
                    + finished.absent().size() + " article(s) absent");
            proof.figure("server: articles posted by " + settings.writers() + " writers", datasets.size())
                    .figure("server: kill -9 injected", 1)
                    .figure("server: posts acknowledged (201) before the kill", acknowledged.size())
                    .figure("server: posts in flight at the kill (no answer)", unanswered.get())
                    .figure("server: after the restart", verdict.complete().size() + " complete (every acknowledged "
                            + "one among them: " + (lost.isEmpty() ? "yes" : "no, " + lost.size() + " lost") + "), "
                            + verdict.absent().size() + " absent, " + verdict.partial().size() + " half-written")
                    .figure("server: all posted again", again + " answered 2xx; " + finished.complete().size() + " of "
                            + datasets.size() + " articles complete, totals exact: "
                            + (finished.totalsDifferences().isEmpty() ? "yes" : "no"));
            server.stop();
        }
    }

    /** The generated corpus, written to {@code directory} as the {@code generate} command would. */
    private static List<Dataset> write(Path directory, int articles, long seed) {
        CorpusGenerator generator = new CorpusGenerator(GeneratorSettings.DEFAULTS.withArticles(articles)
                .withSeed(seed));
        List<Dataset> datasets = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Dataset dataset : generator) {
                Files.write(directory.resolve(generator.fileName(datasets.size())), CorpusGenerator.json(dataset));
                datasets.add(dataset);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return datasets;
    }

    private SaidgraphProcess load(Path corpus, Path data, Path log) {
        return SaidgraphProcess.command(launcher, "1g", log, "load", corpus.toAbsolutePath().toString(),
                "--saidgraph.data-dir=" + data.toAbsolutePath(), "--saidgraph.bolt.port=0",
                "--saidgraph.embedded.page-cache=128m");
    }

    /**
     * Waits until the graph the load writes holds {@code target} articles, asking over the Bolt port of the load's
     * own database; returns the last count seen (the load may end first).
     */
    private static long awaitArticles(SaidgraphProcess load, Path data, long target) {
        long deadline = System.nanoTime() + LOAD.toNanos();
        while (load.isAlive() && !load.log().contains("Bolt on bolt://") && System.nanoTime() < deadline) {
            SaidgraphProcess.sleep(100);
        }
        if (!load.isAlive()) {
            return -1;
        }
        long seen = 0;
        try (GraphCensus census = GraphCensus.ofServer(load, data)) {
            while (load.isAlive() && seen < target && System.nanoTime() < deadline) {
                seen = census.articleCount();
                if (seen < target) {
                    SaidgraphProcess.sleep(20);
                }
            }
        } catch (RuntimeException e) {
            // The load ended while it was asked: isAlive says so to the caller.
        }
        return seen;
    }

    /** What opening the database again found. */
    private record Reopened(GraphCensus.Verdict verdict, String recovery) {
    }

    /**
     * Opens the database in {@code data} in this JVM, as a start would, and checks it against {@code datasets}. The
     * part of Neo4j's {@code debug.log} that the opening wrote must hold no error.
     */
    private static Reopened reopen(Path data, List<Dataset> datasets, Proof.Builder proof, String when) {
        Path debugLog = data.resolve("logs").resolve("debug.log");
        long from = size(debugLog);
        GraphCensus.Verdict verdict;
        try (GraphCensus census = GraphCensus.openEmbedded(data)) {
            verdict = census.check(datasets);
        } catch (RuntimeException e) {
            proof.require(false, when + ": the database did not open: " + e);
            throw e;
        }
        String written = read(debugLog, from);
        List<String> errors = written.lines().filter(l -> l.contains(" ERROR ")).toList();
        proof.require(errors.isEmpty(), when + ": the database logged errors while opening: "
                + ConcurrentLoad.abbreviate(errors));
        proof.violations(verdict.violations().stream().map(v -> when + ": " + v).toList());
        Matcher recovered = RECOVERED.matcher(written);
        String recovery = (recovered.find() ? "Neo4j recovered the graph: " + recovered.group(1)
                + " transactions applied, " + recovered.group(2) + " unfinished rolled back" : "no recovery needed")
                + (errors.isEmpty() ? ", no error" : ", " + errors.size() + " error(s)");
        return new Reopened(verdict, recovery);
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String read(Path file, long from) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            byte[] all = Files.readAllBytes(file);
            int start = (int) Math.min(from, all.length);
            return new String(all, start, all.length - start, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

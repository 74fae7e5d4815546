package org.saidgraph.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.dataset.Statement;
import org.saidgraph.generate.CorpusGenerator;
import org.saidgraph.generate.GeneratorSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Issue 7, item 1: readers on every read endpoint while writers post generated articles, in waves whose articles all
 * name one person, sent at the same instant so that the writers merge that person together. Every request must be
 * answered 2xx (no 5xx, no deadlock surfaced, nothing refused); afterwards the graph must hold exactly what was
 * posted, each article complete, and every statement must answer with its source span.
 */
public final class ConcurrentLoad {

    /**
     * @param articles how many generated articles are posted
     * @param readers  readers asking at once
     * @param writers  writers posting at once
     * @param seed     the generated corpus
     */
    public record Settings(int articles, int readers, int writers, long seed) {

        /** The short version in {@code mvn verify}. */
        public static final Settings QUICK = new Settings(40, 16, 4, 71);
        /** The issue's: 400 articles, 32 readers, 4 writers. */
        public static final Settings FULL = new Settings(400, 32, 4, 71);
    }

    /** What the server logs when the driver retries a transaction after a transient error such as a deadlock. */
    static final Pattern RETRIED = Pattern.compile("Transaction failed and will be retried");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final Launcher launcher;

    public ConcurrentLoad(Settings settings, Launcher launcher) {
        this.settings = settings;
        this.launcher = launcher;
    }

    public Proof run(Path work) {
        Proof.Builder proof = new Proof.Builder("1", "Concurrent load: nothing lost, nothing duplicated");
        List<Dataset> datasets = new CorpusGenerator(GeneratorSettings.DEFAULTS.withArticles(settings.articles())
                .withSeed(settings.seed())).datasets().toList();
        List<List<Dataset>> waves = waves(datasets, settings.writers());
        long sharing = waves.stream().filter(w -> w.size() == settings.writers() && !sharedPeople(w).isEmpty()).count();
        int statements = datasets.stream().mapToInt(d -> d.statements().size()).sum();
        Path data = work.resolve("concurrent-data");
        try (SaidgraphProcess server = SaidgraphProcess.server(launcher, data, "1g", work.resolve("concurrent.log"))) {
            server.awaitHealthy(Duration.ofMinutes(10));
            Http http = new Http(Duration.ofSeconds(120));
            KnownIds known = new KnownIds();
            Tally reads = new Tally();
            Tally posts = new Tally();
            long started = System.nanoTime();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService readers = Executors.newFixedThreadPool(settings.readers());
            Semaphore cypherSlots = new Semaphore(4); // the server's saidgraph.cypher.max-concurrent: more get 429
            for (int r = 0; r < settings.readers(); r++) {
                SplittableRandom random = new SplittableRandom(settings.seed() * 1_000 + r);
                readers.submit(() -> read(server, http, known, reads, writing, random, cypherSlots));
            }
            write(server, http, waves, known, posts);
            writing.set(false);
            readers.shutdown();
            awaitTermination(readers);
            double seconds = (System.nanoTime() - started) / 1e9;

            String log = server.log();
            long retried = RETRIED.matcher(log).results().count();
            proof.figure("articles posted", String.format(Locale.ROOT, "%,d by %d writers, in %,d waves posted at once; "
                            + "%,d waves of %d articles all name one person", datasets.size(), settings.writers(),
                            waves.size(), sharing, settings.writers()))
                    .figure("statements posted", statements)
                    .figure("readers", settings.readers() + " at once, on " + reads.endpoints() + " read endpoints")
                    .figure("duration", String.format(Locale.ROOT, "%.0f s", seconds))
                    .figure("requests served", reads.count() + posts.count())
                    .figure("reads", String.format(Locale.ROOT, "%,d (%.0f/s), median %s, 99th percentile %s",
                            reads.count(), reads.count() / seconds, reads.percentile(50), reads.percentile(99)))
                    .figure("posts", String.format(Locale.ROOT, "%,d, median %s, 99th percentile %s", posts.count(),
                            posts.percentile(50), posts.percentile(99)))
                    .figure("5xx answers", reads.count(s -> s >= 500) + posts.count(s -> s >= 500))
                    .figure("failed requests (not 2xx, or no answer)",
                            reads.count(s -> s < 200 || s >= 300) + posts.count(s -> s < 200 || s >= 300))
                    .figure("deadlocks surfaced to clients (503)", reads.count(s -> s == 503) + posts.count(s -> s == 503))
                    .figure("transient errors retried inside the server", retried);
            proof.require(reads.endpoints() == ReadMix.ENDPOINTS.size(), "only " + reads.endpoints() + " of "
                    + ReadMix.ENDPOINTS.size() + " read endpoints were read: " + reads.byEndpoint());
            proof.require(posts.count(s -> s == 201) == datasets.size(), "posts answered: " + posts.byEndpoint());
            reads.unexpected().forEach(u -> proof.require(false, "read " + u));
            posts.unexpected().forEach(u -> proof.require(false, "post " + u));

            try (GraphCensus census = GraphCensus.ofServer(server, data)) {
                GraphCensus.Verdict verdict = census.check(datasets);
                Totals expected = Totals.expected(datasets);
                proof.figure("articles complete afterwards", verdict.complete().size() + " of " + datasets.size())
                        .figure("statements in the graph", verdict.totals().nodes("Statement") + " (posted: "
                                + expected.nodes("Statement") + ")")
                        .figure("relationships in the graph", String.format(Locale.ROOT, "%,d (from the datasets: %,d)",
                                verdict.totals().relationshipCount(), expected.relationshipCount()));
                proof.require(verdict.complete().size() == datasets.size(), verdict.absent().size()
                        + " acknowledged article(s) absent: " + abbreviate(verdict.absent()));
                proof.violations(verdict.violations());
            }
            int[] spans = checkSpans(server, http, datasets, proof);
            proof.figure("statements answering with their source span", spans[0] + " of " + spans[1]);
            server.stop();
        }
        return proof.build();
    }

    /**
     * Waves of {@code size} articles to post at the same instant: first those that name a person in common (the most
     * named people first), then the rest.
     */
    static List<List<Dataset>> waves(List<Dataset> datasets, int size) {
        Map<String, List<Integer>> byPerson = new LinkedHashMap<>();
        for (int i = 0; i < datasets.size(); i++) {
            for (Entity e : datasets.get(i).entities()) {
                if (e.type() == EntityType.PERSON) {
                    byPerson.computeIfAbsent(e.id(), p -> new ArrayList<>()).add(i);
                }
            }
        }
        List<String> people = new ArrayList<>(byPerson.keySet());
        people.sort((a, b) -> Integer.compare(byPerson.get(b).size(), byPerson.get(a).size()));
        Set<Integer> left = new LinkedHashSet<>();
        for (int i = 0; i < datasets.size(); i++) {
            left.add(i);
        }
        List<List<Dataset>> waves = new ArrayList<>();
        for (String person : people) {
            List<Integer> naming = new ArrayList<>(byPerson.get(person).stream().filter(left::contains).toList());
            while (naming.size() >= size) {
                List<Integer> wave = naming.subList(0, size);
                waves.add(wave.stream().map(datasets::get).toList());
                left.removeAll(wave);
                naming = new ArrayList<>(naming.subList(size, naming.size()));
            }
        }
        List<Integer> rest = new ArrayList<>(left);
        for (int from = 0; from < rest.size(); from += size) {
            waves.add(rest.subList(from, Math.min(rest.size(), from + size)).stream().map(datasets::get).toList());
        }
        return waves;
    }

    /** The people every article of a wave names. */
    static Set<String> sharedPeople(List<Dataset> wave) {
        Set<String> shared = null;
        for (Dataset d : wave) {
            Set<String> people = new LinkedHashSet<>(d.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                    .map(Entity::id).toList());
            if (shared == null) {
                shared = people;
            } else {
                shared.retainAll(people);
            }
        }
        return shared == null ? Set.of() : shared;
    }

    private void write(SaidgraphProcess server, Http http, List<List<Dataset>> waves, KnownIds known, Tally posts) {
        int writers = settings.writers();
        CyclicBarrier together = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                for (List<Dataset> wave : waves) {
                    together.await(10, TimeUnit.MINUTES);
                    if (writer < wave.size()) {
                        Dataset dataset = wave.get(writer);
                        Http.Answer answer = http.post(server.uri("/api/articles"), "application/json",
                                CorpusGenerator.json(dataset));
                        posts.add("POST /api/articles", answer, answer.status() == 201);
                        if (answer.ok()) {
                            known.add(dataset);
                        }
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException("a writer stopped: " + e, e);
            }
        }
    }

    private static void read(SaidgraphProcess server, Http http, KnownIds known, Tally reads, AtomicBoolean writing,
                             SplittableRandom random, Semaphore cypherSlots) {
        while (writing.get()) {
            ReadMix.Read read = ReadMix.next(known, random);
            if (read == null) {
                SaidgraphProcess.sleep(20);
                continue;
            }
            Http.Answer answer;
            if (read.endpoint().equals(ReadMix.CYPHER_ENDPOINT)) {
                cypherSlots.acquireUninterruptibly();
                try {
                    answer = http.postJson(server.uri("/api/cypher"), String.format(ReadMix.CYPHER, read.pathAndQuery()));
                } finally {
                    cypherSlots.release();
                }
            } else {
                answer = http.get(server.uri(read.pathAndQuery()));
            }
            reads.add(read.endpoint(), answer, answer.status() == 200);
        }
    }

    /**
     * Asks {@code GET /api/statements/{id}} for every statement posted: its source must be its article, its span the
     * dataset's, and its evidence the article's text at that span. Returns {matching, asked}.
     */
    static int[] checkSpans(SaidgraphProcess server, Http http, List<Dataset> datasets, Proof.Builder proof) {
        Map<String, String> problems = new HashMap<>();
        AtomicInteger matching = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (Dataset dataset : datasets) {
            for (Statement s : dataset.statements()) {
                pool.submit(() -> {
                    asked.incrementAndGet();
                    String problem = spanProblem(http.get(server.uri("/api/statements/" + s.id())), dataset, s);
                    if (problem == null) {
                        matching.incrementAndGet();
                    } else {
                        synchronized (problems) {
                            problems.put(s.id(), problem);
                        }
                    }
                });
            }
        }
        pool.shutdown();
        awaitTermination(pool);
        problems.entrySet().stream().limit(5).forEach(p -> proof.require(false, "statement " + p.getKey() + ": "
                + p.getValue()));
        proof.require(problems.isEmpty(), problems.size() + " statement(s) without their source span");
        return new int[]{matching.get(), asked.get()};
    }

    private static String spanProblem(Http.Answer answer, Dataset dataset, Statement s) {
        if (answer.status() != 200) {
            return "answered " + answer.status();
        }
        try {
            JsonNode source = JSON.readTree(answer.body()).path("source");
            String text = dataset.article().text();
            String evidence = text.substring(s.span().start(), s.span().end());
            if (!source.path("articleId").asText().equals(dataset.article().id())
                    || source.path("start").asInt(-1) != s.span().start() || source.path("end").asInt(-1) != s.span().end()) {
                return "source " + source + " instead of " + dataset.article().id() + " " + s.span();
            }
            return source.path("evidence").asText().equals(evidence) ? null
                    : "evidence " + source.path("evidence") + " is not the article's text at " + s.span();
        } catch (IOException e) {
            return "not JSON: " + e.getMessage();
        }
    }

    static void awaitTermination(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
                pool.shutdownNow();
                throw new IllegalStateException("threads still busy after 30 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    static String abbreviate(List<String> items) {
        return items.size() <= 5 ? String.valueOf(items) : items.subList(0, 5) + " and " + (items.size() - 5) + " more";
    }
}

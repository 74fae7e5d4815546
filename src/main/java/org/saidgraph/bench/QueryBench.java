package org.saidgraph.bench;

import org.saidgraph.SaidgraphApplication;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.graph.Cypher;
import org.saidgraph.graph.Graph;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench query}: for each corpus size, the server over a database holding that corpus (loaded once, through the
 * server's own start-up load, and kept for the next run), every read endpoint asked with realistic parameters by
 * several HTTP clients at once, and the same answers asked of the query services directly, which run the same Cypher
 * read the same way as the server reads it (straight in its embedded database), without HTTP. At the largest size, the plan of every hot query is checked with PROFILE.
 */
public final class QueryBench {

    /**
     * @param sizes    corpus sizes in articles
     * @param clients  concurrent clients
     * @param requests timed requests per endpoint and variant, each way
     * @param warmUp   requests sent before timing each endpoint, each way
     * @param warmUpAll how long every endpoint is sent, each way, before the first is timed ({@link #warmUp}); zero
     *                  for none
     */
    public record Settings(List<Integer> sizes, long seed, Path work, int clients, int requests, int warmUp,
                           Duration warmUpAll, String pageCache) {
    }

    /**
     * What one size gave: the runs, the plans (at the largest size), how long the server took to start, and the
     * endpoints not measured with why (as {@code GET /api/… [variant]: reason}), so that no endpoint disappears
     * from the report without a word.
     */
    public record Result(int articles, long statements, double startSeconds, List<QueryRun> runs, List<Plans> plans,
                         List<String> notMeasured) {
    }

    private final Settings settings;
    private final PrintStream log;

    public QueryBench(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public List<Result> run() {
        List<Result> results = new ArrayList<>();
        int largest = settings.sizes().stream().max(Integer::compare).orElseThrow();
        for (int size : settings.sizes()) {
            List<Path> files = BenchCorpus.ensure(settings.work(), size, settings.seed(), log);
            Path corpus = files.get(0).getParent();
            Path data = BenchCorpus.graphDirectory(settings.work(), size, settings.seed());
            log.println("Starting the server over " + data + " (the first time, it loads the corpus)…");
            long started = System.nanoTime();
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SaidgraphApplication.class)
                    .logStartupInfo(false)
                    .properties("saidgraph.bolt.port=0", "saidgraph.data-dir=" + data,
                            "saidgraph.datasets=" + corpus, "saidgraph.embedded.page-cache=" + settings.pageCache(),
                            "spring.main.banner-mode=off", "logging.level.root=WARN",
                            "logging.level.org.saidgraph.load=INFO")
                    // An argument, not a default property: application.properties sets 8080, which would win over
                    // a default and collide with a server the user already runs.
                    .run("--server.port=0")) {
                double startSeconds = (System.nanoTime() - started) / 1e9;
                Graph graph = context.getBean(Graph.class);
                awaitIndexes(graph);
                int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
                log.println("Server up on a free port: http://127.0.0.1:" + port);
                Parameters parameters = Parameters.pick(graph, files);
                long statements = graph.driver().executableQuery("MATCH (s:Statement) RETURN count(s) AS n")
                        .execute().records().get(0).get("n").asLong();
                List<QueryRun> runs = new ArrayList<>();
                List<String> notMeasured = new ArrayList<>();
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                List<QueryCase> cases = Endpoints.cases(context, parameters);
                warmUp(cases, http, port);
                for (QueryCase c : cases) {
                    if (c.requests().isEmpty()) {
                        String why = c.endpoint() + " [" + c.variant() + "]: no parameters, the graph has none of "
                                + "these (bench/query-parameters.cypher)";
                        log.println(String.format(Locale.ROOT, "%,d articles %s: not measured", size, why));
                        notMeasured.add(why);
                        continue;
                    }
                    double load = Measure.loadAverage();
                    Latencies overHttp = Clients.run(settings.clients(), settings.warmUp(), settings.requests(),
                            c.requests(), r -> get(http, port, r.path()), true);
                    Latencies direct = Clients.run(settings.clients(), settings.warmUp(), settings.requests(),
                            c.requests(), r -> r.direct().get() != null, false);
                    QueryRun run = new QueryRun(size, statements, c.endpoint(), c.variant(),
                            c.requests().get(0).path(), overHttp, direct, load);
                    log.println(describe(run));
                    runs.add(run);
                }
                List<Plans> plans = size == largest ? Endpoints.plans(graph, parameters) : List.of();
                plans.forEach(p -> log.println("plan " + p.query() + " " + p.parameters() + ": " + p.dbHits()
                        + " db hits" + (p.warnings().isEmpty() ? "" : ", " + p.warnings())));
                results.add(new Result(size, statements, startSeconds, runs, plans, notMeasured));
            }
        }
        return results;
    }

    /**
     * Waits until every index is online before anything is timed. A server started over a graph of an older format
     * builds its new indexes in the background (Graph#applySchema); until they are online the queries that would use
     * them are planned without them and re-planned, so the bench would time the planner, not the answers.
     */
    private void awaitIndexes(Graph graph) {
        long started = System.nanoTime();
        graph.driver().executableQuery(Cypher.query("graph/await-indexes"))
                .withParameters(Map.of("seconds", INDEX_WAIT_SECONDS)).execute();
        double waited = (System.nanoTime() - started) / 1e9;
        if (waited >= 1) {
            log.println(String.format(Locale.ROOT, "Waited %.0f s for indexes still being built", waited));
        }
    }

    /** The longest wait for indexes: an index new to a graph of a million statements builds in minutes. */
    private static final int INDEX_WAIT_SECONDS = 3_600;

    /**
     * Sends every case's requests for {@code warmUpAll} each way before any row is timed: the JIT compiles
     * Tomcat, Spring MVC, Jackson and the query code during the first thousands of requests (the compiler took 44% of
     * the process's CPU during a row timed without this, session 10), which would otherwise be counted in the first
     * rows' CPU and latency and not in the later ones'. On the shared 2-vCPU machine of session 10, 5 s per case took
     * the first rows' look-ups from 1.2-2.0 ms on their Tomcat threads to 0.7-0.9; 1 s was not enough.
     */
    private void warmUp(List<QueryCase> cases, HttpClient http, int port) {
        Duration each = settings.warmUpAll();
        if (each.isZero()) {
            return;
        }
        log.println("Warming up: every endpoint for " + each.toSeconds() + " s through HTTP and " + each.toSeconds()
                + " s directly…");
        for (QueryCase c : cases.stream().filter(c -> !c.requests().isEmpty()).toList()) {
            Clients.warm(settings.clients(), each, c.requests(), r -> get(http, port, r.path()));
            Clients.warm(settings.clients(), each, c.requests(), r -> r.direct().get() != null);
        }
    }

    private static boolean get(HttpClient http, int port, String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String describe(QueryRun run) {
        return String.format(Locale.ROOT, "%,d articles %s [%s]: HTTP p50 %.1f p95 %.1f p99 %.1f ms, %.0f/s; "
                        + "direct p50 %.1f p99 %.1f ms, %.0f/s; HTTP/direct %.2f; CPU per request %.2f ms HTTP "
                        + "(%.2f without the clients), %.2f ms direct; on the answering threads %.2f ms HTTP, %.2f ms "
                        + "direct (%.2f×)%s", run.articles(), run.endpoint(),
                run.variant(), run.http().p50(), run.http().p95(), run.http().p99(), run.http().throughput(),
                run.direct().p50(), run.direct().p99(), run.direct().throughput(), run.httpOverDirect(),
                run.http().cpuMillis(), run.http().serverCpuMillis(), run.direct().cpuMillis(),
                run.http().requestCpuMillis(), run.direct().requestCpuMillis(), run.httpOverDirectRequestCpu(),
                run.http().errors() + run.direct().errors() > 0
                        ? "; " + run.http().errors() + "/" + run.direct().errors() + " errors" : "");
    }

    /** Parameters picked from the graph and the corpus. */
    record Parameters(List<Map<String, Object>> popularSpeakers, List<Map<String, Object>> rareSpeakers,
                      List<Map<String, Object>> popularTerritories, List<Map<String, Object>> rareTerritories,
                      List<Map<String, Object>> organizations, List<String> articles, List<String> statements,
                      List<String> answered) {

        @SuppressWarnings("unchecked")
        static Parameters pick(Graph graph, List<Path> files) {
            var row = graph.driver().executableQuery(Cypher.query("bench/query-parameters"))
                    .withParameters(Map.of("popular", 5, "rare", 20)).execute().records().get(0).asMap();
            // Articles spread evenly over the corpus, read from their files.
            var mapper = new DatasetReader().mapper();
            List<String> articles = new ArrayList<>();
            int step = Math.max(1, files.size() / 40);
            for (int i = 0; i < files.size(); i += step) {
                try {
                    articles.add(mapper.readTree(files.get(i).toFile()).path("article").path("id").asText());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            List<String> statements = new ArrayList<>();
            List<String> answered = new ArrayList<>();
            graph.driver().executableQuery(Cypher.query("bench/sample-statements"))
                    .withParameters(Map.of("articles", articles)).execute().records().forEach(r -> {
                        statements.add(r.get("id").asString());
                        if (r.get("answered").asBoolean()) {
                            answered.add(r.get("id").asString());
                        }
                    });
            return new Parameters((List<Map<String, Object>>) row.get("popularSpeakers"),
                    (List<Map<String, Object>>) row.get("rareSpeakers"),
                    (List<Map<String, Object>>) row.get("popularTerritories"),
                    (List<Map<String, Object>>) row.get("rareTerritories"),
                    (List<Map<String, Object>>) row.get("organizations"), articles, statements, answered);
        }
    }
}

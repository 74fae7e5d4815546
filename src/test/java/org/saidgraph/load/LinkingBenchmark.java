package org.saidgraph.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Statement;
import org.saidgraph.generate.CorpusGenerator;
import org.saidgraph.generate.GeneratorSettings;
import org.saidgraph.graph.Cypher;
import org.saidgraph.graph.Graph;
import org.saidgraph.link.KeyMatcher;
import org.saidgraph.link.LinkKeys;
import org.saidgraph.link.LinkStatement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures utterance linking on generated corpora (scripts/measure-linking.sh runs it): for each corpus size N it
 * loads N generated articles (over the generator's 365 days, so a larger corpus is a denser one), then loads K more one
 * by one and measures, per article, the loader's time (linking included), the time of linking's index look-up alone
 * and how many candidate statements the look-up returns. Flat figures from N = 1,000 to 10,000 mean the cost per
 * article does not grow with the corpus. Then it scores the utterances of all N + K articles against the generator's
 * ground truth: re-reported statements carry their utterance's number in their id ({@code u17-quote}, {@code -cut},
 * {@code -paraphrase}), a lead's paraphrase and quote in one article are one utterance, a speaker's words said again
 * name the utterance they repeat ({@code s05-again-000042-s03}: the one of article 000042's statement s03;
 * {@code s05-again-u17}; {@code u17-cut-again-000042-s03}), and every other statement is an utterance of its own. Linking never reads ids; only this
 * scoring does.
 */
public final class LinkingBenchmark {

    private static final Pattern NUMBERED = Pattern.compile("\\.u(\\d+)-(quote|cut|paraphrase)$");
    /** A speaker's words said again, naming the utterance they repeat: its first statement or its number. */
    private static final Pattern AGAIN = Pattern.compile("-again-(?:(\\d+)-(s\\d+)|u(\\d+))$");

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        for (String s : (args.length > 0 ? args[0] : "1000,10000").split(",")) {
            sizes.add(Integer.parseInt(s.strip()));
        }
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        System.out.printf("%d cores, %s, heap max %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        for (int size : sizes) {
            run(size, sample);
        }
    }

    private static void run(int size, int sample) {
        try (Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0).build();
             Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none())) {
            Graph graph = new Graph(driver, SessionConfig.forDatabase("neo4j"));
            graph.applySchema();
            DatasetLoader loader = new DatasetLoader(graph, new ObjectMapper());
            CorpusGenerator generator = new CorpusGenerator(GeneratorSettings.DEFAULTS.withArticles(size + sample));
            Iterator<Dataset> datasets = generator.iterator();
            long start = System.nanoTime();
            for (int i = 0; i < size; i++) {
                Dataset d = datasets.next();
                loader.load(d.article().id(), d);
                if ((i + 1) % 1000 == 0) {
                    System.out.printf("  N=%d: %d articles loaded in %.0f s%n", size, i + 1,
                            (System.nanoTime() - start) / 1e9);
                }
            }
            List<Long> loadNanos = new ArrayList<>();
            List<Long> lookupNanos = new ArrayList<>();
            long candidates = 0;
            long statements = 0;
            long mostCandidates = 0;
            while (datasets.hasNext()) {
                Dataset d = datasets.next();
                long t0 = System.nanoTime();
                loader.load(d.article().id(), d);
                loadNanos.add(System.nanoTime() - t0);
                Map<String, List<List<String>>> clausesOf = new HashMap<>();
                java.util.Set<List<String>> keys = new java.util.LinkedHashSet<>();
                for (Statement s : d.statements()) {
                    String day = s.date() != null ? s.date() : d.article().published();
                    LinkStatement ls = new LinkStatement(s.id(), s.speaker(), s.verbatim(), s.text(), s.act(),
                            s.mentions().stream().map(Statement.Mention::entity).toList(),
                            day == null ? null : LocalDate.parse(day).toEpochDay());
                    List<List<String>> clauses = LinkKeys.clauses(ls);
                    if (!clauses.isEmpty()) {
                        clausesOf.put(s.id(), clauses);
                        keys.addAll(clauses);
                    }
                }
                long t1 = System.nanoTime();
                Map<String, Integer> hits = new HashMap<>();
                try (Session session = graph.readSession()) {
                    // The index look-up linking makes for an article, as committed (CorpusLinks#link).
                    session.executeRead(tx -> tx.run(Cypher.query("link/await-link-keys")).consume());
                    Map<String, String> stored = new HashMap<>();
                    session.executeRead(tx -> tx.run(Cypher.query("link/committed-hits"),
                            Map.of("queries", LinkKeys.lookups(keys), "stale", List.of())).list()).forEach(r ->
                            stored.put(r.get("id").asString(), r.get("keys").asString("")));
                    KeyMatcher matcher = new KeyMatcher(stored);
                    clausesOf.forEach((id, clauses) -> {
                        int found = matcher.matches(id, clauses).size();
                        if (found > 0) {
                            hits.put(id, found);
                        }
                    });
                }
                lookupNanos.add(System.nanoTime() - t1);
                statements += clausesOf.size();
                for (int n : hits.values()) {
                    candidates += n;
                    mostCandidates = Math.max(mostCandidates, n);
                }
            }
            System.out.printf("N=%,d (+%d measured): load per article median %.1f ms, p95 %.1f ms; index look-up per "
                            + "article median %.1f ms, p95 %.1f ms; candidates per statement %.2f (most %d)%n",
                    size, sample, median(loadNanos), p95(loadNanos), median(lookupNanos), p95(lookupNanos),
                    candidates / (double) Math.max(1, statements), mostCandidates);
            score(graph);
        }
    }

    /** Pairs of statements put in one utterance, against the generator's ground truth. */
    private static void score(Graph graph) {
        Map<String, String> truth = new HashMap<>();
        Map<String, String> kind = new HashMap<>();
        List<List<String>> utterances = new ArrayList<>();
        try (Session session = graph.readSession()) {
            session.run("""
                    MATCH (a:Article)<-[src:SOURCED_FROM]-(s:Statement)
                    WITH a, s ORDER BY src.start, src.end DESC
                    RETURN a.id AS article, collect(s.id) AS statements""").forEachRemaining(r -> {
                List<String> ids = r.get("statements").asList(v -> v.asString());
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i);
                    Matcher m = NUMBERED.matcher(id);
                    if (AGAIN.matcher(id).find()) {
                        kind.put(id, "again");
                    } else if (m.find()) {
                        truth.put(id, "u" + m.group(1));
                        kind.put(id, m.group(2));
                    } else {
                        truth.put(id, i < 2 ? r.get("article").asString() + ":lead" : id);
                        kind.put(id, "other");
                    }
                }
            });
            // Words said again are the utterance they repeat, resolved once every first statement's truth is known.
            kind.forEach((id, k) -> {
                if (k.equals("again")) {
                    Matcher a = AGAIN.matcher(id);
                    a.find();
                    String article = id.substring(0, id.indexOf('.'));
                    truth.put(id, a.group(3) != null ? "u" + a.group(3) : truth.getOrDefault(
                            article.substring(0, article.lastIndexOf('-') + 1) + a.group(1) + "." + a.group(2), id));
                }
            });
            session.run("""
                    MATCH (u:Utterance)<-[:OCCURRENCE_OF]-(s:Statement)
                    WITH u, collect(s.id) AS members WHERE size(members) > 1
                    RETURN members""").forEachRemaining(r -> utterances.add(r.get("members").asList(v -> v.asString())));
        }
        Map<String, long[]> byKinds = new TreeMap<>();
        long truePairs = 0;
        long falsePairs = 0;
        for (List<String> members : utterances) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    String a = members.get(i);
                    String b = members.get(j);
                    boolean same = truth.get(a).equals(truth.get(b));
                    String k = pairKind(kind.get(a), kind.get(b));
                    byKinds.computeIfAbsent(k, x -> new long[3])[same ? 0 : 1]++;
                    if (!same && EXPLAIN) {
                        explain(graph, "wrongly linked", a, b);
                    }
                    if (same) {
                        truePairs++;
                    } else {
                        falsePairs++;
                    }
                }
            }
        }
        if (EXPLAIN) {
            Map<String, String> utteranceOf = new HashMap<>();
            for (List<String> members : utterances) {
                members.forEach(m -> utteranceOf.put(m, members.get(0)));
            }
            Map<String, List<String>> byTruth = new HashMap<>();
            truth.forEach((id, t) -> byTruth.computeIfAbsent(t, x -> new ArrayList<>()).add(id));
            int shown = 0;
            for (List<String> g : byTruth.values()) {
                for (int i = 0; i < g.size() && shown < 40; i++) {
                    for (int j = i + 1; j < g.size() && shown < 40; j++) {
                        String ua = utteranceOf.getOrDefault(g.get(i), g.get(i));
                        String ub = utteranceOf.getOrDefault(g.get(j), g.get(j));
                        if (!ua.equals(ub)) {
                            explain(graph, "missed", g.get(i), g.get(j));
                            shown++;
                        }
                    }
                }
            }
        }
        Map<String, List<String>> groups = new HashMap<>();
        truth.forEach((id, t) -> groups.computeIfAbsent(t, x -> new ArrayList<>()).add(id));
        long expectedPairs = 0;
        for (List<String> g : groups.values()) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    expectedPairs++;
                    byKinds.computeIfAbsent(pairKind(kind.get(g.get(i)), kind.get(g.get(j))), x -> new long[3])[2]++;
                }
            }
        }
        System.out.printf("  pairs linked %,d, of which right %,d: precision %.4f; pairs to link %,d: recall %.4f%n",
                truePairs + falsePairs, truePairs, truePairs / (double) Math.max(1, truePairs + falsePairs),
                expectedPairs, truePairs / (double) Math.max(1, expectedPairs));
        byKinds.forEach((k, v) -> System.out.printf("    %-22s linked right %,7d  linked wrongly %,6d  to link %,7d%n",
                k, v[0], v[1], v[2]));
    }

    private static final boolean EXPLAIN = Boolean.getBoolean("explain");

    private static void explain(Graph graph, String what, String a, String b) {
        try (Session session = graph.readSession()) {
            System.out.println("  " + what + ":");
            for (String id : List.of(a, b)) {
                Record r = session.run("""
                        MATCH (p)-[:SAID]->(s:Statement {id: $id})
                        RETURN s.verbatim AS v, s.act AS act, toString(s.date) AS date, s.text AS text, p.id AS speaker,
                               COLLECT { MATCH (s)-[:MENTIONS]->(e) RETURN e.id } AS mentions""", Map.of("id", id))
                        .single();
                System.out.printf("    %s %s %s %s %s %s | %s%n", id, r.get("speaker").asString(), r.get("v"),
                        r.get("act").asString(), r.get("date").asString(), r.get("mentions"),
                        r.get("text").asString());
            }
        }
    }

    private static String pairKind(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "+" + b : b + "+" + a;
    }

    private static double median(List<Long> nanos) {
        return percentile(nanos, 0.5);
    }

    private static double p95(List<Long> nanos) {
        return percentile(nanos, 0.95);
    }

    private static double percentile(List<Long> nanos, double p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())))
                / 1e6;
    }
}

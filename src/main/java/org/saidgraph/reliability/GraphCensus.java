package org.saidgraph.reliability;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.graph.Cypher;
import org.saidgraph.graph.EmbeddedNeo4j;
import org.saidgraph.graph.GraphProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the graph holds, through Bolt like any client, and compares it with the datasets that were loaded or
 * posted: each article complete or absent, and the totals exactly those of the articles present.
 */
final class GraphCensus implements AutoCloseable {

    private static final int BATCH = 250;

    private final Driver driver;
    private final AutoCloseable database;

    private GraphCensus(Driver driver, AutoCloseable database) {
        this.driver = driver;
        this.database = database;
    }

    /** Over the Bolt port of a running server whose data directory is {@code dataDir} (its password is there). */
    static GraphCensus ofServer(SaidgraphProcess server, Path dataDir) {
        return connect("bolt://127.0.0.1:" + server.boltPort(), AuthTokens.basic("neo4j", boltPassword(dataDir)),
                null);
    }

    /**
     * Opens the embedded database in {@code dataDir} in this process, as a server start would (recovering it after a
     * crash), on a free Bolt port; closing the census closes it.
     */
    static GraphCensus openEmbedded(Path dataDir) {
        EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir, new GraphProperties.Bolt(0, null, List.of()),
                new GraphProperties.Embedded("128m", "512m"));
        try {
            return connect(db.boltUri(), db.authToken(), db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static GraphCensus connect(String uri, AuthToken auth, AutoCloseable database) {
        Driver driver = GraphDatabase.driver(uri, auth);
        driver.verifyConnectivity();
        return new GraphCensus(driver, database);
    }

    /** The driver, for a proof that acts as another client of the database. */
    Driver driver() {
        return driver;
    }

    /** The password the embedded database keeps in its data directory (README, "Connecting with Neo4j tools"). */
    static String boltPassword(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve("bolt-password"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the database: " + e.getMessage(), e);
            }
        }
    }

    /** What an article-by-article comparison found. */
    record Verdict(List<String> complete, List<String> absent, List<String> partial, Totals totals,
                   List<String> totalsDifferences) {

        boolean holds() {
            return partial.isEmpty() && totalsDifferences.isEmpty();
        }

        /** Each article complete or absent, and the totals those of the complete ones. */
        List<String> violations() {
            List<String> violations = new ArrayList<>();
            partial.forEach(p -> violations.add("half-written article " + p));
            totalsDifferences.forEach(d -> violations.add("totals: " + d));
            return violations;
        }
    }

    /**
     * Compares the graph with {@code datasets}: each article must be complete or absent, and the graph's totals must
     * be those {@link Totals#expected} gives for the complete ones.
     */
    Verdict check(List<Dataset> datasets) {
        List<String> complete = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        List<Dataset> present = new ArrayList<>();
        for (int from = 0; from < datasets.size(); from += BATCH) {
            List<Dataset> batch = datasets.subList(from, Math.min(datasets.size(), from + BATCH));
            Map<String, ArticleShape> found = articles(batch.stream().map(d -> d.article().id()).toList());
            for (Dataset dataset : batch) {
                String id = dataset.article().id();
                ArticleShape actual = found.get(id);
                if (actual == null) {
                    absent.add(id);
                    continue;
                }
                String difference = ArticleShape.of(dataset).difference(actual);
                if (difference == null) {
                    complete.add(id);
                    present.add(dataset);
                } else {
                    partial.add(id + ": " + difference);
                }
            }
        }
        Totals totals = totals();
        return new Verdict(complete, absent, partial, totals, Totals.expected(present).differences(totals));
    }

    /** The articles of {@code ids} that the graph holds, by id. */
    Map<String, ArticleShape> articles(List<String> ids) {
        Map<String, ArticleShape> shapes = new HashMap<>();
        try (Session session = session()) {
            session.run(Cypher.query("reliability/article-census"),
                    Map.of("ids", ids, "linkTypes", ArticleShape.LINK_TYPES)).forEachRemaining(r -> {
                        if (r.get("present").asBoolean()) {
                            ArticleShape shape = ArticleShape.read(r.asMap());
                            shapes.put(shape.id(), shape);
                        }
                    });
        }
        return shapes;
    }

    /** How many articles the graph holds (Neo4j's count store: cheap while a load runs). */
    long articleCount() {
        try (Session session = session()) {
            return session.run(Cypher.query("reliability/article-count")).single().get("n").asLong();
        }
    }

    Totals totals() {
        try (Session session = session()) {
            Record row = session.run(Cypher.query("reliability/graph-totals")).single();
            return Totals.read(row.asMap());
        }
    }

    private Session session() {
        return driver.session(SessionConfig.forDatabase("neo4j"));
    }
}

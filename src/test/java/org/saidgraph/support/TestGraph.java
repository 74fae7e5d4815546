package org.saidgraph.support;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.saidgraph.graph.EmbeddedReads;
import org.saidgraph.graph.Graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Neo4j in this JVM (neo4j-harness), reached over Bolt through the official driver like the application's
 * own, with the saidgraph schema applied. Its {@link #graph()} reads through the driver, as the application reads an
 * external server; {@link #graph(ReadPath)} also reads it as the application reads its embedded database.
 */
public final class TestGraph implements AutoCloseable {

    private final Neo4j neo4j;
    private final Driver driver;
    private final Graph graph;
    private final Graph embedded;

    /** {@code maxRetryTime}: how long both read paths retry a transient failure, as saidgraph.driver.max-retry-time. */
    private TestGraph(Neo4j neo4j, Duration maxRetryTime) {
        this.neo4j = neo4j;
        this.driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none(), Config.builder()
                .withMaxTransactionRetryTime(maxRetryTime.toMillis(), TimeUnit.MILLISECONDS).build());
        this.graph = new Graph(driver, SessionConfig.forDatabase("neo4j"));
        this.embedded = new Graph(driver, SessionConfig.forDatabase("neo4j"),
                new EmbeddedReads(neo4j.defaultDatabaseService(), maxRetryTime));
        graph.applySchema();
    }

    /** With the driver's default retry time (30 s), on both read paths. */
    public static TestGraph start() {
        return start(Map.of(), Duration.ofSeconds(30));
    }

    /**
     * A database of its own with these settings besides the usual, such as a smaller transaction memory limit, and
     * transient failures retried for {@code maxRetryTime} on both read paths.
     */
    public static TestGraph start(Map<Setting<?>, Object> settings, Duration maxRetryTime) {
        var builder = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                // As in EmbeddedNeo4j: Bolt's threads stop at once instead of after 2 x 5 s of quiet.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        settings.forEach((setting, value) -> with(builder, setting, value));
        return new TestGraph(builder.build(), maxRetryTime);
    }

    @SuppressWarnings("unchecked")
    private static <T> void with(org.neo4j.harness.Neo4jBuilder builder, Setting<T> setting, Object value) {
        builder.withConfig(setting, (T) value);
    }

    private static TestGraph shared;

    /**
     * One database for the test classes that ask for it, started on the first call and stopped when the JVM exits:
     * starting Neo4j and planning the loader's queries cost more than most tests. Each class empties it first.
     */
    public static synchronized TestGraph shared() {
        if (shared == null) {
            TestGraph graph = start();
            Runtime.getRuntime().addShutdownHook(new Thread(graph::close, "shared-test-graph-stop"));
            shared = graph;
        }
        return shared;
    }

    /** The graph whose API reads go through the driver's read sessions over Bolt. */
    public Graph graph() {
        return graph;
    }

    /**
     * The graph whose API reads take this path: through the driver over Bolt ({@link ReadPath#DRIVER}, as to an
     * external server) or straight in the database through its Java API ({@link ReadPath#EMBEDDED}, as the
     * application reads its embedded database). Writes go through the driver either way.
     */
    public Graph graph(ReadPath path) {
        return path == ReadPath.EMBEDDED ? embedded : graph;
    }

    /** The database itself, for what writes through Neo4j's Java API as an embedded database allows. */
    public org.neo4j.graphdb.GraphDatabaseService database() {
        return neo4j.defaultDatabaseService();
    }

    public void clear() {
        run("MATCH (n) DETACH DELETE n");
    }

    public List<org.neo4j.driver.Record> run(String query) {
        return run(query, Map.of());
    }

    public List<org.neo4j.driver.Record> run(String query, Map<String, Object> parameters) {
        try (Session session = graph.writeSession()) {
            return session.run(query, parameters).list();
        }
    }

    public long count(String pattern) {
        return run("MATCH " + pattern + " RETURN count(*) AS n").get(0).get("n").asLong();
    }

    /**
     * Everything the graph holds, as sorted text: every node with its labels and properties and every relationship
     * with its ends, type and properties. Two equal snapshots mean an unchanged graph.
     */
    public List<String> snapshot() {
        List<String> nodes = run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").stream()
                .map(r -> new java.util.TreeSet<>(r.get("labels").asList(Object::toString)) + " "
                        + new java.util.TreeMap<>(r.get("props").asMap()))
                .toList();
        List<String> relationships = run("""
                MATCH (a)-[r]->(b)
                RETURN a.id AS from, type(r) AS type, properties(r) AS props, b.id AS to
                """).stream()
                .map(r -> r.get("from").asString("?") + " -" + r.get("type").asString() + " "
                        + new java.util.TreeMap<>(r.get("props").asMap()) + "-> " + r.get("to").asString("?"))
                .toList();
        return java.util.stream.Stream.concat(nodes.stream(), relationships.stream()).sorted().toList();
    }

    /** Where a second driver, configured otherwise, reaches the same database. */
    public java.net.URI boltUri() {
        return neo4j.boltURI();
    }

    @Override
    public void close() {
        driver.close();
        neo4j.close();
    }
}

package org.saidgraph.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph as the rest of the application sees it: the driver plus the database to use, the schema applied, and
 * the {@link Reads} the API's queries run through. Sessions are opened here so that the database name is chosen in
 * one place.
 */
public final class Graph {

    private static final Logger log = LoggerFactory.getLogger(Graph.class);

    private final Driver driver;
    private final SessionConfig writeConfig;
    private final SessionConfig readConfig;
    private final String database;
    private final Reads reads;

    /** Reads go through the driver, as they must to an external server. */
    public Graph(Driver driver, SessionConfig config) {
        this(driver, config, null);
    }

    /** {@code reads}: where the API's queries run; null for the driver's read sessions. */
    public Graph(Driver driver, SessionConfig config, Reads reads) {
        this.driver = driver;
        this.database = config.database().orElse("neo4j");
        this.writeConfig = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.WRITE)
                .build();
        this.readConfig = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.READ)
                .build();
        this.reads = reads != null ? reads : new DriverReads(driver, readConfig);
    }

    /** The read transactions of the API's queries: in the embedded database when there is one, else the driver's. */
    public Reads reads() {
        return reads;
    }

    public Session writeSession() {
        return driver.session(writeConfig);
    }

    public Session readSession() {
        return driver.session(readConfig);
    }

    public Driver driver() {
        return driver;
    }

    public String database() {
        return database;
    }

    /**
     * Creates the constraints and indexes in {@code cypher/schema.cypher} that the database lacks, and drops those of
     * {@code cypher/graph/retired-schema.cypher} (indexes of earlier versions) that it still has; idempotent.
     */
    public void applySchema() {
        try (Session session = writeSession()) {
            // Every constraint is backed by an index of the same name, so this lists both. Only what is missing is
            // created: each statement costs a Cypher compilation, which is most of a restart's schema time.
            List<String> existing = session.run(Cypher.query("graph/existing-schema")).single()
                    .get("names").asList(Value::asString);
            List<String> schema = Cypher.script("schema");
            List<String> missing = schema.stream()
                    .filter(statement -> !existing.contains(schemaName(statement))).toList();
            List<String> retired = Cypher.script("graph/retired-schema").stream()
                    .filter(statement -> existing.contains(retiredName(statement))).toList();
            if (!retired.isEmpty()) {
                session.executeWriteWithoutResult(tx -> retired.forEach(statement -> tx.run(statement).consume()));
                log.info("Dropped from database {} what saidgraph no longer uses: {}", database,
                        retired.stream().map(Graph::retiredName).toList());
            }
            if (!missing.isEmpty()) {
                // One transaction for all of them: one commit instead of a dozen on a fresh database.
                session.executeWriteWithoutResult(tx -> missing.forEach(statement -> tx.run(statement).consume()));
                awaitIndexes(session, missing.stream().map(Graph::schemaName).toList());
            }
            log.debug("Schema of database {}: {} created, {} present", database, missing.size(),
                    schema.size() - missing.size());
        }
    }

    /**
     * Waits a minute for new indexes to come online. On a fresh database they do at once; an index new to a database
     * that already holds a large graph (an upgrade: a million statements take minutes to index) goes on populating in
     * the background while the server starts, and the queries that need it are slower until then, or wait for it
     * ({@code link/await-link-keys.cypher}). Failing the start instead would leave such a database unopenable.
     */
    private void awaitIndexes(Session session, List<String> created) {
        try {
            session.run(Cypher.query("graph/await-indexes"), java.util.Map.of("seconds", 60)).consume();
        } catch (org.neo4j.driver.exceptions.ClientException e) {
            List<String> populating = session.run(Cypher.query("graph/populating-indexes")).single()
                    .get("names").asList(Value::asString);
            if (populating.isEmpty()) {
                throw e;
            }
            log.warn("Database {}: indexes {} (new: {}) are still being built over the existing graph; the server "
                    + "starts meanwhile, and what needs them waits or is slower until they are online", database,
                    populating, created);
        }
    }

    private static final Pattern SCHEMA_NAME = Pattern.compile(
            "^CREATE\\s+(?:CONSTRAINT|(?:FULLTEXT\\s+|RANGE\\s+|TEXT\\s+|POINT\\s+)?INDEX)\\s+(\\w+)\\s+IF NOT EXISTS",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RETIRED_NAME = Pattern.compile("^DROP\\s+INDEX\\s+(\\w+)\\s+IF EXISTS",
            Pattern.CASE_INSENSITIVE);

    /** The index a statement of graph/retired-schema.cypher drops; every one there is a DROP INDEX … IF EXISTS. */
    static String retiredName(String statement) {
        Matcher m = RETIRED_NAME.matcher(statement.strip());
        if (!m.find()) {
            throw new IllegalStateException("retired-schema.cypher statement not a DROP INDEX … IF EXISTS: " + statement);
        }
        return m.group(1);
    }

    /** The name a statement of schema.cypher gives its constraint or index; every one there is named. */
    static String schemaName(String statement) {
        Matcher m = SCHEMA_NAME.matcher(statement.strip());
        if (!m.find()) {
            throw new IllegalStateException("schema.cypher statement without a name and IF NOT EXISTS: " + statement);
        }
        return m.group(1);
    }
}

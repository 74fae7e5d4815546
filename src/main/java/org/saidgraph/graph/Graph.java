package org.saidgraph.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph as the rest of the application sees it: the driver plus the database to use, and the schema applied.
 * Sessions are opened here so that the database name is chosen in one place.
 */
public final class Graph {

    private static final Logger log = LoggerFactory.getLogger(Graph.class);

    private final Driver driver;
    private final SessionConfig writeConfig;
    private final SessionConfig readConfig;
    private final String database;

    public Graph(Driver driver, SessionConfig config) {
        this.driver = driver;
        this.database = config.database().orElse("neo4j");
        this.writeConfig = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.WRITE)
                .build();
        this.readConfig = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.READ)
                .build();
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

    /** Creates the constraints and indexes in {@code cypher/schema.cypher}; each uses IF NOT EXISTS, so it is idempotent. */
    public void applySchema() {
        try (Session session = writeSession()) {
            // One transaction for all of them: one commit instead of a dozen on a fresh database.
            session.executeWriteWithoutResult(tx -> Cypher.script("schema").forEach(s -> tx.run(s).consume()));
            session.run("CALL db.awaitIndexes(60)").consume();
        }
        log.debug("Schema applied to database {}", database);
    }
}

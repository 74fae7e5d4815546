package org.saidgraph.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads through the Neo4j driver in sessions of read access mode (which the server refuses to write in): the only
 * way to an external server or cluster, where {@code neo4j://} routes them to a follower.
 */
public final class DriverReads implements Reads {

    private final Driver driver;
    private final SessionConfig config;

    /** {@code config}: the read sessions' configuration (database, read access mode). */
    public DriverReads(Driver driver, SessionConfig config) {
        this.driver = driver;
        this.config = config;
    }

    @Override
    public <T> T read(Function<Tx, T> work) {
        try (Session session = driver.session(config)) {
            // executeRead retries transient failures for the driver's max retry time.
            return session.executeRead(tx -> work.apply(new DriverTx(tx)));
        }
    }

    @Override
    public <T> T read(Duration timeout, Function<Tx, T> work) {
        try (Session session = driver.session(config)) {
            return session.executeRead(tx -> work.apply(new DriverTx(tx)),
                    TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    @Override
    public void stream(String query, Map<String, Object> parameters, Consumer<Value> each) {
        try (Session session = driver.session(config)) {
            // An auto-commit transaction, its records fetched in batches as they are consumed.
            Result result = session.run(Cypher.query(query), parameters);
            while (result.hasNext()) {
                each.accept(row(result.next()));
            }
        }
    }

    /** A record as a map value: its values are the driver's already, so nothing is converted. */
    private static Value row(Record record) {
        return Values.value(record.asMap(v -> v));
    }

    private record DriverTx(TransactionContext tx) implements Tx {

        @Override
        public List<Value> rows(String query, Map<String, Object> parameters) {
            return tx.run(Cypher.query(query), parameters).list(DriverReads::row);
        }
    }
}

package org.saidgraph.graph;

import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.NoSuchRecordException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where the API's read transactions run: {@link DriverReads} through the Neo4j driver, to any server or cluster
 * ({@code saidgraph.neo4j.uri}); {@link EmbeddedReads} straight in the embedded database of this process, without
 * Bolt's encoding, the loopback socket and the server's protocol threads (BENCHMARKS.md measures what that saves).
 * Both run the same Cypher files, in read-only transactions, and answer alike: each row as a driver map
 * {@link Value}, read with {@code row.get("key")} as a driver {@code Record} is; errors as the driver's exceptions
 * (a {@code ClientException} for a refused query, a {@code TransientException} for a busy or unavailable database),
 * with the server's status code, so that the callers and the API's problem answers need not know which path ran.
 */
public interface Reads {

    /**
     * Runs {@code work} in one read-only transaction and closes it. A transient failure (the database unavailable
     * for a moment) runs {@code work} again from the start, for up to {@code saidgraph.driver.max-retry-time}.
     */
    <T> T read(Function<Tx, T> work);

    /** As {@link #read(Function)}, stopped with a {@code ...TransactionTimedOut...} status past {@code timeout}. */
    <T> T read(Duration timeout, Function<Tx, T> work);

    /**
     * Runs one query in a read-only transaction of its own and hands each row to {@code each} as the database
     * produces it, never holding the whole result; never retried, as what was handed on cannot be taken back.
     */
    void stream(String query, Map<String, Object> parameters, Consumer<Value> each);

    /** The rows of one query, in a transaction of its own. */
    default List<Value> rows(String query, Map<String, Object> parameters) {
        return read(tx -> tx.rows(query, parameters));
    }

    /** The one row of a query that answers exactly one, in a transaction of its own. */
    default Value single(String query, Map<String, Object> parameters) {
        return read(tx -> tx.single(query, parameters));
    }

    /** One open read transaction. Queries are named by their file under {@code cypher/}, as {@code query/entity}. */
    interface Tx {

        /** Runs a query and returns its rows, each a map value of the columns it returns. */
        List<Value> rows(String query, Map<String, Object> parameters);

        /** The one row of a query; {@link NoSuchRecordException} (as the driver's {@code single()}) otherwise. */
        default Value single(String query, Map<String, Object> parameters) {
            List<Value> rows = rows(query, parameters);
            if (rows.size() != 1) {
                throw new NoSuchRecordException("cypher/" + query + ".cypher answered " + rows.size()
                        + " rows where exactly one was expected");
            }
            return rows.get(0);
        }
    }
}

package org.saidgraph.load;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryStatistics;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;
import org.saidgraph.graph.Cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Load transactions run straight in the embedded database of this process, through its own Java API: the same Cypher
 * as {@link DriverTransactions}, without encoding the parameters for Bolt, sending them over a socket and decoding
 * them again (BENCHMARKS.md measures what that saves).
 */
public final class EmbeddedTransactions implements LoadTransactions {

    /** How often a transaction that failed transiently (a deadlock with another writer) is tried again. */
    private static final int ATTEMPTS = 5;

    private final GraphDatabaseService database;

    public EmbeddedTransactions(GraphDatabaseService database) {
        this.database = database;
    }

    @Override
    public boolean soleWriter() {
        return true;
    }

    @Override
    public <T> T write(Function<Tx, T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Transaction tx = database.beginTx()) {
                T result = work.apply(new EmbeddedTx(database, tx));
                tx.commit();
                return result;
            } catch (TransientFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private record EmbeddedTx(GraphDatabaseService database, Transaction tx) implements Tx {

        @Override
        public List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
            return rows(tx, query, parameters);
        }

        @Override
        public List<Map<String, Object>> committedRows(String query, Map<String, Object> parameters) {
            try (Transaction read = database.beginTx()) {
                return rows(read, query, parameters);
            }
        }

        private static List<Map<String, Object>> rows(Transaction tx, String query, Map<String, Object> parameters) {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Result result = tx.execute(LoadQueries.text(query), parameters)) {
                result.forEachRemaining(rows::add);
            }
            return rows;
        }

        @Override
        public Written written(String query, Map<String, Object> parameters) {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Result result = tx.execute(LoadQueries.text(query), parameters)) {
                result.forEachRemaining(rows::add);
                return new Written(rows, counts(result.getQueryStatistics()));
            }
        }

        @Override
        public Counts run(String query, Map<String, Object> parameters) {
            return execute(LoadQueries.text(query), parameters);
        }

        @Override
        public Counts runScript(String script) {
            Counts counts = Counts.NONE;
            for (String statement : Cypher.script(script)) {
                counts = counts.plus(execute(statement, Map.of()));
            }
            return counts;
        }

        private Counts execute(String query, Map<String, Object> parameters) {
            try (Result result = tx.execute(query, parameters)) {
                result.accept(row -> true);
                return counts(result.getQueryStatistics());
            }
        }

        private static Counts counts(QueryStatistics s) {
            return new Counts(s.getNodesCreated(), s.getNodesDeleted(), s.getRelationshipsCreated(),
                    s.getRelationshipsDeleted(), s.getPropertiesSet());
        }
    }
}

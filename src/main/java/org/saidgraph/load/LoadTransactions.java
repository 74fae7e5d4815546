package org.saidgraph.load;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the loader's write transactions run. {@link DriverTransactions} goes through the Neo4j driver and works with
 * any server or cluster; {@link EmbeddedTransactions} writes straight into the database of this process, without
 * Bolt's encoding of every parameter and row. Both run the same Cypher files.
 */
public interface LoadTransactions {

    /**
     * Runs {@code work} in one write transaction and commits it, or rolls it back when {@code work} throws. A
     * transient failure (a deadlock, a leader switch) runs {@code work} again from the start, so it must only depend
     * on what it reads inside the transaction.
     */
    <T> T write(Function<Tx, T> work);

    /**
     * Whether every write to the graph goes through these transactions, so that the loader may remember what it
     * committed instead of asking the graph (load.RecentLinkKeys): true for the embedded database of this process,
     * which no other process can open; false for a server, which other clients may write to.
     */
    default boolean soleWriter() {
        return false;
    }

    /** What a query that writes gave back: its rows, and what it changed in the graph. */
    record Written(List<Map<String, Object>> rows, Counts counts) {
    }

    /** One open transaction. Queries are named by their file under {@code cypher/}, such as {@code load/merge-articles}. */
    interface Tx {

        /** Runs a query and returns its rows, each as plain Java values (String, Long, Boolean, List, Map). */
        List<Map<String, Object>> rows(String query, Map<String, Object> parameters);

        /**
         * Runs a read-only query in a transaction of its own, on what is committed, without this transaction's
         * changes. Only for what the database cannot answer right inside this transaction: a full-text look-up here
         * skips every committed node whose id is that of a relationship this transaction deleted (Neo4j 5's full-text
         * transaction state records deleted relationships' ids among the "modified entities" it hides from the
         * committed index, for node indexes too), so {@link CorpusLinks} asks the committed index separately.
         */
        List<Map<String, Object>> committedRows(String query, Map<String, Object> parameters);

        /**
         * Runs a query that changes the graph and returns rows the caller needs (an utterance written, a statement left
         * without one), with what it changed, so that the counts a load reports include it.
         */
        Written written(String query, Map<String, Object> parameters);

        /** Runs a query for its effect and returns what it changed. */
        Counts run(String query, Map<String, Object> parameters);

        /** Runs each statement of a script file ({@link org.saidgraph.graph.Cypher#script}) in order. */
        Counts runScript(String script);
    }
}

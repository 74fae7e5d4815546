package org.saidgraph.load;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.SummaryCounters;
import org.saidgraph.graph.Cypher;
import org.saidgraph.graph.Graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Load transactions through the driver: to the embedded database over Bolt, or to an external server or cluster. */
public final class DriverTransactions implements LoadTransactions {

    private final Graph graph;

    public DriverTransactions(Graph graph) {
        this.graph = graph;
    }

    @Override
    public <T> T write(Function<Tx, T> work) {
        try (Session session = graph.writeSession()) {
            // executeWrite retries transient failures, on a cluster also a change of leader.
            return session.executeWrite(tx -> work.apply(new DriverTx(graph, tx)));
        }
    }

    private record DriverTx(Graph graph, TransactionContext tx) implements Tx {

        @Override
        public List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
            return tx.run(LoadQueries.text(query), Values.value(parameters)).list(Record::asMap);
        }

        @Override
        public List<Map<String, Object>> committedRows(String query, Map<String, Object> parameters) {
            try (Session session = graph.readSession()) {
                return session.executeRead(read -> read.run(LoadQueries.text(query), Values.value(parameters))
                        .list(Record::asMap));
            }
        }

        @Override
        public Written written(String query, Map<String, Object> parameters) {
            Result result = tx.run(LoadQueries.text(query), Values.value(parameters));
            List<Map<String, Object>> rows = result.list(Record::asMap);
            return new Written(rows, counts(result.consume().counters()));
        }

        @Override
        public Counts run(String query, Map<String, Object> parameters) {
            return counts(tx.run(LoadQueries.text(query), Values.value(parameters)).consume().counters());
        }

        @Override
        public Counts runScript(String script) {
            Counts counts = Counts.NONE;
            for (String statement : Cypher.script(script)) {
                counts = counts.plus(counts(tx.run(statement).consume().counters()));
            }
            return counts;
        }

        private static Counts counts(SummaryCounters c) {
            return new Counts(c.nodesCreated(), c.nodesDeleted(), c.relationshipsCreated(), c.relationshipsDeleted(),
                    c.propertiesSet());
        }
    }
}

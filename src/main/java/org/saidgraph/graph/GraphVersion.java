package org.saidgraph.graph;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that changes whenever a write to the database commits, whoever wrote: the loader and the API through the
 * Java API, and any Bolt client of the embedded connector (Neo4j calls its transaction listeners for each of them).
 * An answer read while the number stayed the same saw no commit land, so it may be kept and given again for as long
 * as the number has not moved ({@code query.StatementCardCache}).
 *
 * <p>It moves twice per write: before the commit becomes visible, and after. A reader that takes the number, reads,
 * and finds the same number again read nothing of a commit that landed in between (its first move would show); and
 * a writer's commit has returned only after the second move, so a read that starts after it never takes a number from
 * before that commit. Transactions that change nothing do not move it.
 */
public final class GraphVersion implements TransactionEventListener<Object> {

    private final AtomicLong version = new AtomicLong();

    /** Watches the database {@code name} of {@code service}: every commit to it from now on moves the number. */
    public static GraphVersion watch(DatabaseManagementService service, String name) {
        GraphVersion version = new GraphVersion();
        service.registerTransactionEventListener(name, version);
        return version;
    }

    /** The number now. */
    public long current() {
        return version.get();
    }

    @Override
    public Object beforeCommit(TransactionData data, org.neo4j.graphdb.Transaction transaction,
                               GraphDatabaseService databaseService) {
        version.incrementAndGet();
        return null;
    }

    @Override
    public void afterCommit(TransactionData data, Object state, GraphDatabaseService databaseService) {
        version.incrementAndGet();
    }

    @Override
    public void afterRollback(TransactionData data, Object state, GraphDatabaseService databaseService) {
        version.incrementAndGet(); // after a beforeCommit: harmless, and never leaves the number where a read took it
    }
}

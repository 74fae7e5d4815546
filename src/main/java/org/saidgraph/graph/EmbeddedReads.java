package org.saidgraph.graph;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads straight in the embedded database of this process, through its Java API: the same Cypher as
 * {@link DriverReads}, without encoding parameters and rows for Bolt, a loopback socket, and the server's protocol
 * threads, router and BEGIN/COMMIT messages (about 40% of a look-up's CPU in a profile; BENCHMARKS.md).
 *
 * <p>What the driver path guarantees, this one does too: transactions are read-only (a login whose access mode is
 * {@code READ}, so that a write is refused with a client error and writes nothing, as a read session's server
 * refuses it); a timeout stops the transaction with the database's own {@code TransactionTimedOut} status;
 * the database's limits ({@code saidgraph.embedded.transaction-memory}) apply alike, being the database's; and
 * failures reach the callers as the driver's exceptions with the database's status code, transient ones retried
 * for the same time as the driver retries them.
 */
public final class EmbeddedReads implements Reads {

    private static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(1);

    private final GraphDatabaseAPI database;
    private final LoginContext readOnly;
    private final Duration maxRetryTime;

    /** {@code maxRetryTime}: how long transient failures are retried ({@code saidgraph.driver.max-retry-time}). */
    public EmbeddedReads(GraphDatabaseService database, Duration maxRetryTime) {
        this.database = (GraphDatabaseAPI) database;
        this.readOnly = SecurityContext.authDisabled(AccessMode.Static.READ, ClientConnectionInfo.EMBEDDED_CONNECTION,
                database.databaseName());
        this.maxRetryTime = maxRetryTime;
    }

    @Override
    public <T> T read(Function<Tx, T> work) {
        return retried(() -> inTransaction(null, work));
    }

    @Override
    public <T> T read(Duration timeout, Function<Tx, T> work) {
        return retried(() -> inTransaction(timeout, work));
    }

    @Override
    public void stream(String query, Map<String, Object> parameters, Consumer<Value> each) {
        inTransaction(null, tx -> {
            try (Result result = ((EmbeddedTx) tx).tx.execute(Cypher.query(query), parameters)) {
                while (result.hasNext()) {
                    each.accept(Values.value(result.next()));
                }
            }
            return null;
        });
    }

    private <T> T inTransaction(Duration timeout, Function<Tx, T> work) {
        try (InternalTransaction tx = timeout == null
                ? database.beginTransaction(KernelTransaction.Type.EXPLICIT, readOnly,
                ClientConnectionInfo.EMBEDDED_CONNECTION)
                : database.beginTransaction(KernelTransaction.Type.EXPLICIT, readOnly,
                ClientConnectionInfo.EMBEDDED_CONNECTION, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            // Never committed: closing rolls back, and a read-only transaction has nothing to roll back.
            return work.apply(new EmbeddedTx(tx));
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Runs {@code attempt} again after a transient failure, waiting 1 s, then twice as long each time (± 20%). */
    private <T> T retried(java.util.function.Supplier<T> attempt) {
        long deadline = System.nanoTime() + maxRetryTime.toNanos();
        long delay = FIRST_RETRY_DELAY.toMillis();
        while (true) {
            try {
                return attempt.get();
            } catch (TransientException e) {
                long jittered = (long) (delay * ThreadLocalRandom.current().nextDouble(0.8, 1.2));
                if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(jittered) > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(jittered);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                delay *= 2;
            }
        }
    }

    /**
     * A failure of the database as the driver would report it for the same status code (its classification: client
     * errors, security among them; transient errors except a terminated transaction's; the rest database errors);
     * anything without a status code (the caller's own exceptions, a bug) as it is.
     */
    static RuntimeException translate(RuntimeException e) {
        String code = statusCode(e);
        if (code == null || e instanceof Neo4jException) {
            return e;
        }
        String message = e.getMessage();
        Neo4jException translated;
        if (code.equals("Neo.TransientError.Transaction.Terminated")
                || code.equals("Neo.TransientError.Transaction.LockClientStopped")) {
            translated = new ClientException(code.replace("TransientError", "ClientError"), message);
        } else if (code.startsWith("Neo.ClientError.Security.")) {
            translated = new SecurityException(code, message);
        } else if (code.startsWith("Neo.ClientError.")) {
            translated = new ClientException(code, message);
        } else if (code.startsWith("Neo.TransientError.")) {
            translated = new TransientException(code, message);
        } else {
            translated = new DatabaseException(code, message);
        }
        // The driver's exceptions take their cause only with a GQL status; the database's own stays attached for logs.
        translated.addSuppressed(e);
        return translated;
    }

    /** The first status code in the cause chain, such as {@code Neo.ClientError.Statement.SyntaxError}; or null. */
    private static String statusCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof QueryExecutionException q && q.getStatusCode() != null) {
                return q.getStatusCode();
            }
            if (t instanceof Status.HasStatus s && s.status() != null) {
                return s.status().code().serialize();
            }
        }
        return null;
    }

    private record EmbeddedTx(InternalTransaction tx) implements Tx {

        @Override
        public List<Value> rows(String query, Map<String, Object> parameters) {
            List<Value> rows = new ArrayList<>();
            try (Result result = tx.execute(Cypher.query(query), parameters)) {
                // Converted inside the transaction: the queries return maps, lists and scalars (Values.value turns
                // Java's String[], java.time and the rest into the driver's values, as Bolt would).
                while (result.hasNext()) {
                    rows.add(Values.value(result.next()));
                }
            }
            return rows;
        }
    }
}

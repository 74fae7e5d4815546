package org.saidgraph.query.cypher;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.InputPosition;
import org.neo4j.driver.summary.Notification;
import org.neo4j.driver.summary.ResultSummary;
import org.saidgraph.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a researcher's Cypher query read-only in the full sense, within a deadline, in layers each of which holds
 * against the embedded database and an external server alike, since this client enforces them all:
 * <ol>
 *   <li>{@link TextCheck}: the text, read as Neo4j reads it;</li>
 *   <li>{@link PlanCheck}: the database's own classification and plan, from {@code EXPLAIN};</li>
 *   <li>the run: in a READ session, on a worker thread the caller waits for only until
 *   {@code saidgraph.cypher.timeout}; then the caller gets {@link CypherRefusal.Reason#TIMED_OUT}, its slot is free,
 *   and the database is asked to terminate the transaction (which it also times out itself);</li>
 *   <li>{@link ValueRenderer}: at most max-rows rows, max-values values and max-result-bytes bytes are rendered,
 *   then the transaction is rolled back.</li>
 * </ol>
 * At most {@code max-concurrent} queries run at once. Worker threads are twice as many, so that queries whose
 * transactions are still being terminated cannot pile up: when every worker is busy, new queries are refused too.
 */
@Service
@EnableConfigurationProperties(CypherLimits.class)
public class ReadOnlyCypher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadOnlyCypher.class);

    private final Graph graph;
    private final CypherLimits limits;
    private final ValueRenderer renderer = new ValueRenderer();
    private final Semaphore slots;
    private final ThreadPoolExecutor workers;

    public ReadOnlyCypher(Graph graph, CypherLimits limits) {
        this.graph = graph;
        this.limits = limits;
        this.slots = new Semaphore(limits.maxConcurrent());
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, 2 * limits.maxConcurrent(), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "saidgraph-cypher-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public CypherLimits limits() {
        return limits;
    }

    /** Checks and runs the query; every refusal or failure is a {@link CypherRefusal}. */
    public CypherResult run(String query, Map<String, Object> parameters) {
        checkText(query);
        if (!slots.tryAcquire()) {
            throw tooMany(limits.maxConcurrent() + " Cypher queries are running already "
                    + "(saidgraph.cypher.max-concurrent); try again when one has finished");
        }
        String runId = UUID.randomUUID().toString();
        AtomicBoolean cancelled = new AtomicBoolean();
        try {
            Future<CypherResult> answer;
            try {
                answer = workers.submit(() -> execute(runId, query, parameters, cancelled));
            } catch (RejectedExecutionException e) {
                throw tooMany("earlier queries that ran past their deadline are still being stopped; try again "
                        + "shortly");
            }
            try {
                return answer.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // The worker is not interrupted: it stays busy until the database has stopped the query, so that
                // the worker pool bounds how many abandoned queries can still be running there.
                cancelled.set(true);
                terminate(runId);
                throw Neo4jErrors.timedOut(limits.timeout());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled.set(true);
                terminate(runId);
                throw Neo4jErrors.timedOut(limits.timeout());
            }
        } finally {
            slots.release();
        }
    }

    /**
     * The plan layer on its own, without the text check before it: the reasons the database's classification and
     * plan of this query give for refusing it. Lets the layers be tested one by one.
     */
    public List<String> planRefusals(String query, Map<String, Object> parameters) {
        try (Session session = graph.readSession();
             Transaction tx = session.beginTransaction(config(UUID.randomUUID().toString()))) {
            return PlanCheck.check(tx.run("EXPLAIN " + query, Values.value(parameters)).consume()).stream()
                    .map(Finding::message).toList();
        } catch (Neo4jException e) {
            return List.of(Neo4jErrors.translate(e, limits.timeout()).getMessage());
        }
    }

    private void checkText(String query) {
        if (query == null || query.isBlank()) {
            throw new CypherRefusal(CypherRefusal.Reason.MISSING_QUERY, "query: is required, a Cypher query as a "
                    + "string");
        }
        if (query.length() > limits.maxQueryLength()) {
            throw new CypherRefusal(CypherRefusal.Reason.QUERY_TOO_LONG, "query: has " + query.length()
                    + " characters; at most " + limits.maxQueryLength() + " are accepted");
        }
        List<Finding> findings = TextCheck.check(query, limits.maxRange());
        if (!findings.isEmpty()) {
            throw Finding.refusal(findings);
        }
    }

    private CypherResult execute(String runId, String query, Map<String, Object> parameters,
                                 AtomicBoolean cancelled) {
        long started = System.nanoTime();
        Value params = Values.value(parameters);
        try (Session session = graph.readSession()) {
            ResultSummary plan;
            try (Transaction tx = session.beginTransaction(config(runId))) {
                plan = tx.run("EXPLAIN " + query, params).consume();
            }
            List<Finding> findings = PlanCheck.check(plan);
            if (!findings.isEmpty()) {
                throw Finding.refusal(findings);
            }
            try (Transaction tx = session.beginTransaction(config(runId))) {
                Result result = tx.run(query, params);
                List<String> columns = result.keys();
                List<List<Object>> rows = new ArrayList<>();
                ValueRenderer.Budget budget = new ValueRenderer.Budget(limits.maxValues(),
                        limits.maxResultBytes().toBytes());
                String truncatedBy = null;
                while (!cancelled.get() && result.hasNext()) {
                    if (rows.size() == limits.maxRows()) {
                        truncatedBy = "rows";
                        break;
                    }
                    Record record = result.next();
                    try {
                        rows.add(renderer.row(record, budget));
                    } catch (ValueRenderer.Exhausted e) {
                        if (rows.isEmpty()) {
                            throw new CypherRefusal(CypherRefusal.Reason.RESULT_TOO_LARGE, "the first row alone is "
                                    + e.getMessage() + "; return less, such as a substring or the size of a value");
                        }
                        truncatedBy = e.limit();
                        break;
                    }
                }
                tx.rollback();
                return new CypherResult(columns, rows, rows.size(), truncatedBy != null, truncatedBy,
                        limits.maxRows(), (System.nanoTime() - started) / 1_000_000, notices(plan));
            }
        } catch (Neo4jException e) {
            if (cancelled.get()) {
                return null; // the caller has answered already
            }
            throw Neo4jErrors.translate(e, limits.timeout());
        }
    }

    private TransactionConfig config(String runId) {
        return TransactionConfig.builder().withTimeout(limits.timeout())
                .withMetadata(Map.of("app", "saidgraph-api-cypher", "run", runId)).build();
    }

    /**
     * Asks the database to terminate the transactions of a run that passed its deadline, on a thread of its own so
     * that the answer does not wait for it. The server's own transaction timeout stops it too; this only makes it
     * sooner. Neo4j checks for termination between rows, which is why {@link TextCheck} refuses work that could run
     * unbounded inside one row.
     */
    private void terminate(String runId) {
        Thread terminator = new Thread(() -> {
            try (Session session = graph.writeSession()) {
                List<String> ids = session.run("SHOW TRANSACTIONS YIELD transactionId, metaData "
                        + "WHERE metaData.run = $run RETURN transactionId", Map.of("run", runId))
                        .list(r -> r.get("transactionId").asString());
                if (!ids.isEmpty()) {
                    session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
                }
                log.debug("Terminated {} transaction(s) of a Cypher query past its deadline", ids.size());
            } catch (RuntimeException e) {
                log.debug("Could not terminate a Cypher query past its deadline: {}", e.toString());
            }
        }, "saidgraph-cypher-terminate");
        terminator.setDaemon(true);
        terminator.start();
    }

    private static List<CypherResult.Notice> notices(ResultSummary summary) {
        List<CypherResult.Notice> notices = new ArrayList<>();
        for (Notification n : summary.notifications()) {
            InputPosition at = n.position();
            notices.add(new CypherResult.Notice(n.code(), n.rawSeverityLevel().orElse(null), n.title(),
                    Neo4jErrors.clean(n.description()), at == null ? null : at.line(),
                    at == null ? null : at.column()));
        }
        return notices;
    }

    private static CypherRefusal tooMany(String detail) {
        return new CypherRefusal(CypherRefusal.Reason.TOO_MANY_QUERIES, detail);
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}

package org.saidgraph.query;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.saidgraph.graph.Graph;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Runs a researcher's Cypher query read-only in the full sense, in layers that hold the same against the embedded
 * database and an external server, since all of them are enforced by this client:
 * <ol>
 *   <li>the text: {@link CypherPolicy} refuses LOAD CSV, IN TRANSACTIONS, USE, administration commands, procedures
 *   outside an allowlist and non-built-in namespaced functions;</li>
 *   <li>the plan: the query is first run as {@code EXPLAIN} (nothing executes); it is refused unless the database
 *   classifies it READ_ONLY, and its plan is walked to refuse LoadCSV, write, administration and
 *   call-in-transactions operators and procedure calls outside the allowlist;</li>
 *   <li>the run: in a READ access-mode session, with a transaction timeout, reading at most max-rows + 1 records,
 *   then rolling the transaction back.</li>
 * </ol>
 * Parameters are JSON values only. Every refusal or failure is a {@link RefusedException} with an HTTP status.
 */
@Service
public class ReadOnlyCypher {

    /** Operators a read-only plan must not contain (by name prefix, before any {@code @database} suffix). */
    private static final List<String> REFUSED_OPERATORS = List.of("LoadCSV", "Create", "Merge", "Set", "Remove",
            "Delete", "DetachDelete", "Foreach", "TransactionApply", "TransactionForeach", "Show", "Terminate",
            "Drop", "Alter", "Grant", "Deny", "Revoke", "Rename", "Start", "Stop", "Enable", "Assert",
            "SystemProcedureCall", "LockNodes");

    private final Graph graph;
    private final Duration timeout;
    private final int maxRows;
    private final int maxQueryLength;
    private final long maxValues;
    private final Semaphore running;
    private final int maxConcurrent;

    public ReadOnlyCypher(Graph graph,
                          @org.springframework.beans.factory.annotation.Value("${saidgraph.cypher.timeout:10s}") Duration timeout,
                          @org.springframework.beans.factory.annotation.Value("${saidgraph.cypher.max-rows:10000}") int maxRows,
                          @org.springframework.beans.factory.annotation.Value("${saidgraph.cypher.max-query-length:20000}") int maxQueryLength,
                          @org.springframework.beans.factory.annotation.Value("${saidgraph.cypher.max-values:1000000}") long maxValues,
                          @org.springframework.beans.factory.annotation.Value("${saidgraph.cypher.max-concurrent:4}") int maxConcurrent) {
        this.graph = graph;
        this.timeout = timeout;
        this.maxRows = maxRows;
        this.maxQueryLength = maxQueryLength;
        this.maxValues = maxValues;
        this.maxConcurrent = maxConcurrent;
        this.running = new Semaphore(maxConcurrent);
    }

    public Duration timeout() {
        return timeout;
    }

    public int maxRows() {
        return maxRows;
    }

    /**
     * Runs the query if fewer than {@code saidgraph.cypher.max-concurrent} queries are running, else refuses it
     * with 429, so that a burst of slow queries cannot occupy the database.
     */
    public CypherResult run(String query, Map<String, Object> parameters) {
        if (!running.tryAcquire()) {
            throw new RefusedException(429, "Too many queries", maxConcurrent + " Cypher queries are running "
                    + "already (saidgraph.cypher.max-concurrent); try again when one has finished");
        }
        try {
            return runOne(query, parameters);
        } finally {
            running.release();
        }
    }

    private CypherResult runOne(String query, Map<String, Object> parameters) {
        if (query == null || query.isBlank()) {
            throw new RefusedException(400, "Missing query", "query: is required, a Cypher query as a string");
        }
        if (query.length() > maxQueryLength) {
            throw new RefusedException(400, "Query too long", "query: has " + query.length()
                    + " characters; at most " + maxQueryLength + " are accepted");
        }
        List<String> reasons = CypherPolicy.check(query);
        if (!reasons.isEmpty()) {
            throw new RefusedException(403, "Query refused", "this endpoint is read-only: "
                    + String.join("; ", reasons));
        }
        Value params = Values.value(parameters);
        TransactionConfig config = TransactionConfig.builder().withTimeout(timeout)
                .withMetadata(Map.of("app", "saidgraph-api-cypher")).build();
        long started = System.nanoTime();
        try (Session session = graph.readSession()) {
            ResultSummary plan;
            try (Transaction tx = session.beginTransaction(config)) {
                plan = tx.run("EXPLAIN " + query, params).consume();
            }
            checkPlan(plan);
            try (Transaction tx = session.beginTransaction(config)) {
                Result result = tx.run(query, params);
                List<String> columns = result.keys();
                List<List<Object>> rows = new ArrayList<>();
                long[] budget = {maxValues};
                boolean truncated = false;
                while (result.hasNext()) {
                    if (rows.size() == maxRows) {
                        truncated = true;
                        break;
                    }
                    Record record = result.next();
                    List<Object> row = new ArrayList<>(record.size());
                    for (Value v : record.values()) {
                        row.add(render(v, budget));
                    }
                    rows.add(row);
                }
                tx.rollback();
                return new CypherResult(columns, rows, rows.size(), truncated, maxRows,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (Neo4jException e) {
            throw translate(e);
        }
    }

    /**
     * The plan layer on its own, without the lexical check before it: the reasons the database's own classification
     * and plan of this query give for refusing it. Lets the layers be tested one by one.
     */
    public List<String> planRefusals(String query, Map<String, Object> parameters) {
        try (Session session = graph.readSession();
             Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
            checkPlan(tx.run("EXPLAIN " + query, Values.value(parameters)).consume());
            return List.of();
        } catch (RefusedException e) {
            return List.of(e.getMessage());
        } catch (Neo4jException e) {
            return List.of(translate(e).getMessage());
        }
    }

    private void checkPlan(ResultSummary summary) {
        QueryType type = summary.queryType();
        if (type != QueryType.READ_ONLY) {
            throw new RefusedException(403, "Query refused", "this endpoint is read-only, but the database classifies "
                    + "this query as " + (type == null ? "unknown" : type.name()) + ": it would change the graph "
                    + "or its schema");
        }
        if (!summary.hasPlan()) {
            throw new RefusedException(403, "Query refused", "the database gave no plan for this query, so it cannot "
                    + "be checked to be read-only");
        }
        List<String> reasons = new ArrayList<>();
        walk(summary.plan(), reasons);
        if (!reasons.isEmpty()) {
            throw new RefusedException(403, "Query refused", "this endpoint is read-only: "
                    + String.join("; ", reasons.stream().distinct().toList()));
        }
    }

    private static void walk(Plan plan, List<String> reasons) {
        String operator = plan.operatorType();
        String name = operator.contains("@") ? operator.substring(0, operator.indexOf('@')) : operator;
        if (operator.endsWith("@system")) {
            reasons.add("the query addresses the system database");
        }
        for (String refused : REFUSED_OPERATORS) {
            if (name.startsWith(refused)) {
                reasons.add("its plan contains " + name + ", which is not read-only");
            }
        }
        if (name.contains("ProcedureCall")) {
            Value details = plan.arguments().get("Details");
            String text = details == null ? "" : details.asString("");
            String procedure = text.contains("(") ? text.substring(0, text.indexOf('(')).strip() : text.strip();
            if (!CypherPolicy.PROCEDURES.contains(procedure.toLowerCase(Locale.ROOT))) {
                reasons.add("procedure " + (procedure.isEmpty() ? "(unnamed)" : procedure) + " is refused; allowed: "
                        + CypherPolicy.allowedProcedures());
            }
        }
        for (Plan child : plan.children()) {
            walk(child, reasons);
        }
    }

    private RefusedException translate(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        String message = e.getMessage() == null ? code : e.getMessage();
        if (code.contains("TransactionTimedOut") || code.equals("Neo.ClientError.Transaction.Terminated")
                || code.contains("TransactionMarkedAsFailed") && message.contains("timeout")) {
            return new RefusedException(422, "Query timed out", "the query ran longer than " + timeout.toMillis()
                    + " ms and was stopped (saidgraph.cypher.timeout); narrow it, e.g. avoid cartesian products");
        }
        if (code.contains("MemoryPoolOutOfMemoryError") || code.contains("OutOfMemory")
                || message.contains("memory")) {
            return new RefusedException(422, "Query used too much memory", "the query needed more memory than a "
                    + "transaction may use and was stopped: " + message);
        }
        if (code.equals("Neo.ClientError.Statement.SyntaxError")) {
            // The check ran the query as "EXPLAIN <query>"; show the query as it was sent.
            return new RefusedException(400, "Cypher syntax error", message.replace("\"EXPLAIN ", "\""));
        }
        if (code.startsWith("Neo.ClientError.Statement.AccessMode") || code.startsWith("Neo.ClientError.Security.")) {
            return new RefusedException(403, "Query refused", "this endpoint is read-only: " + message);
        }
        if (code.startsWith("Neo.ClientError.")) {
            return new RefusedException(400, "Query failed", message);
        }
        if (e instanceof TransientException) {
            return new RefusedException(503, "Database busy", message);
        }
        return new RefusedException(422, "Query failed", message);
    }

    /** A node, relationship, path, temporal, point or plain value as JSON; counts against the value budget. */
    private Object render(Value v, long[] budget) {
        if (--budget[0] < 0) {
            throw new RefusedException(422, "Result too large", "the result has more than " + maxValues
                    + " values (saidgraph.cypher.max-values); return less, or page with SKIP and LIMIT");
        }
        TypeSystem t = TypeSystem.getDefault();
        if (v.isNull()) {
            return null;
        }
        if (v.hasType(t.BOOLEAN())) {
            return v.asBoolean();
        }
        if (v.hasType(t.INTEGER())) {
            return v.asLong();
        }
        if (v.hasType(t.FLOAT())) {
            return v.asDouble();
        }
        if (v.hasType(t.STRING())) {
            return v.asString();
        }
        if (v.hasType(t.BYTES())) {
            return Base64.getEncoder().encodeToString(v.asByteArray());
        }
        if (v.hasType(t.LIST())) {
            List<Object> list = new ArrayList<>(v.size());
            for (Value item : v.values()) {
                list.add(render(item, budget));
            }
            return list;
        }
        if (v.hasType(t.NODE())) {
            return node(v.asNode(), budget);
        }
        if (v.hasType(t.RELATIONSHIP())) {
            return relationship(v.asRelationship(), budget);
        }
        if (v.hasType(t.PATH())) {
            Path path = v.asPath();
            List<Object> nodes = new ArrayList<>();
            path.nodes().forEach(n -> nodes.add(node(n, budget)));
            List<Object> rels = new ArrayList<>();
            path.relationships().forEach(r -> rels.add(relationship(r, budget)));
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("nodes", nodes);
            map.put("relationships", rels);
            return map;
        }
        if (v.hasType(t.MAP())) {
            return renderMap(v, budget);
        }
        if (v.hasType(t.POINT())) {
            Point p = v.asPoint();
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("srid", p.srid());
            map.put("x", p.x());
            map.put("y", p.y());
            if (!Double.isNaN(p.z())) {
                map.put("z", p.z());
            }
            return map;
        }
        return v.asObject().toString(); // dates, times, durations: ISO 8601
    }

    private Map<String, Object> renderMap(Value v, long[] budget) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : v.keys()) {
            map.put(key, render(v.get(key), budget));
        }
        return map;
    }

    private Map<String, Object> node(Node n, long[] budget) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("elementId", n.elementId());
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        map.put("labels", labels);
        Map<String, Object> props = new LinkedHashMap<>();
        for (String key : n.keys()) {
            props.put(key, render(n.get(key), budget));
        }
        map.put("properties", props);
        return map;
    }

    private Map<String, Object> relationship(Relationship r, long[] budget) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("elementId", r.elementId());
        map.put("type", r.type());
        map.put("startElementId", r.startNodeElementId());
        map.put("endElementId", r.endNodeElementId());
        Map<String, Object> props = new LinkedHashMap<>();
        for (String key : r.keys()) {
            props.put(key, render(r.get(key), budget));
        }
        map.put("properties", props);
        return map;
    }

    /** A query refused or stopped, with the HTTP status and title to answer with. */
    public static class RefusedException extends RuntimeException {

        private final int status;
        private final String title;

        public RefusedException(int status, String title, String detail) {
            super(detail);
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }
}

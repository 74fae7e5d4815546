package org.saidgraph.bench;

import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.saidgraph.graph.Cypher;
import org.saidgraph.graph.Graph;
import org.saidgraph.graph.Reads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A query's plan as PROFILE reports it, checked for what does not scale: a scan of a whole label or of all nodes,
 * a cartesian product, or a step that touches many more rows than the answer has.
 */
public record Plans(String query, String parameters, long dbHits, long rows, List<String> operators,
                    List<String> warnings) {

    private static final Set<String> SCANS = Set.of("NodeByLabelScan", "AllNodesScan", "NodeIndexScan",
            "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan", "DirectedAllRelationshipsScan",
            "UndirectedAllRelationshipsScan");

    /** Runs {@code PROFILE} of the named query with these parameters and reads its plan. */
    static Plans profile(Graph graph, String query, Map<String, Object> parameters, String described) {
        try (Session session = graph.readSession()) {
            var summary = session.run("PROFILE " + Cypher.query(query), Values.value(parameters)).consume();
            ProfiledPlan plan = summary.profile();
            List<String> operators = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            long[] hits = {0};
            walk(plan, operators, warnings, hits);
            return new Plans(query, described, hits[0], plan.records(), operators, warnings);
        }
    }

    /**
     * Runs {@code PROFILE} of every query a piece of work runs in one read transaction (the path search's steps) and
     * adds up their plans: db hits, operators and warnings of them all; rows are what {@code work} says it found.
     */
    static Plans profileAll(Graph graph, String name, String described, Function<Reads.Tx, Long> work) {
        List<String> operators = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        long[] hits = {0};
        long rows;
        try (Session session = graph.readSession()) {
            rows = session.executeRead(tx -> work.apply((query, parameters) -> {
                Result result = tx.run("PROFILE " + Cypher.query(query), Values.value(parameters));
                List<Value> values = result.list(r -> Values.value(r.asMap(v -> v)));
                walk(result.consume().profile(), operators, warnings, hits);
                return values;
            }));
        }
        return new Plans(name, described, hits[0], rows, operators, warnings);
    }

    private static void walk(ProfiledPlan plan, List<String> operators, List<String> warnings, long[] hits) {
        String name = plan.operatorType().replace("@neo4j", "");
        hits[0] += plan.dbHits();
        operators.add(name);
        if (SCANS.contains(name)) {
            warnings.add(name + " (" + plan.records() + " rows, " + plan.dbHits() + " db hits)");
        }
        if (name.startsWith("CartesianProduct") && plan.records() > 1_000) {
            warnings.add(name + " of " + plan.records() + " rows");
        }
        for (Plan child : plan.children()) {
            walk((ProfiledPlan) child, operators, warnings, hits);
        }
    }
}

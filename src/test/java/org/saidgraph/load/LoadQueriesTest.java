package org.saidgraph.load;

import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.saidgraph.graph.Cypher;
import org.saidgraph.support.TestGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader keeps the plan of each of its queries for the life of the process ({@code CYPHER replan=skip}), planned
 * on first use, perhaps over an empty graph. That is only sound if no plan depends on the graph's counts: each must
 * reach the graph through an index (a seek by id or key, or a full-text look-up), never by scanning a label or all
 * nodes. (A cartesian product of two seeks, one row each, is as good as any other order.)
 */
class LoadQueriesTest {

    private static final List<String> SCANS = List.of("AllNodesScan", "NodeByLabelScan",
            "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan", "DirectedRelationshipTypeScan",
            "UndirectedRelationshipTypeScan");

    /**
     * Queries that read a whole label by design, once per load: every article's file stamp, the upgrade checks, the
     * articles an upgrade counts into stances and relayed counts, the mentions an upgrade gives sharedOrder, the
     * format marker (one node) and whether the graph is empty.
     */
    private static final List<String> WHOLE_LABEL = List.of("load/article-files", "load/needs-upgrade",
            "load/needs-sort-keys", "load/needs-outlets", "load/needs-defined-by", "load/needs-stances",
            "load/needs-relayed-counts", "load/stance-articles", "load/shared-orders", "load/graph-format",
            "load/mark-format");

    @Test
    void everyLoadAndLinkQueryIsSentWithReplanSkipAndPlannedOverEmptyGraphWithoutScans() throws IOException {
        TestGraph graph = TestGraph.shared();
        graph.clear();
        Map<String, List<String>> scans = new TreeMap<>();
        List<String> names = names();
        assertThat(names).contains("load/merge-statements", "link/committed-hits");
        for (String name : names) {
            String text = LoadQueries.text(name);
            if (LoadQueries.REPLANNED.contains(name)) {
                assertThat(text).doesNotContain("replan=skip");
            } else {
                assertThat(text).startsWith("CYPHER replan=skip");
            }
            List<String> operators = new ArrayList<>();
            try (Transaction tx = graph.database().beginTx(); Result result = tx.execute(explain(text))) {
                collect(result.getExecutionPlanDescription(), operators);
            }
            List<String> found = operators.stream().filter(o -> SCANS.stream().anyMatch(o::startsWith)).toList();
            if (!found.isEmpty() && !WHOLE_LABEL.contains(name)) {
                scans.put(name, found);
            }
        }
        assertThat(scans).as("queries whose plan over an empty graph scans instead of seeking").isEmpty();
    }

    /**
     * No load or link query reaches relationships through the index of a property with a handful of values, such as
     * a mention's position: over an empty graph the planner finds that seek cheap, replan=skip keeps it, and it then
     * reads every mention of that position in the graph for each row (session 16: load/stances checked whether a
     * statement takes its position on another territory that way, 17 of 73 CPU-s of a 10k load, growing).
     */
    @Test
    void noQueryPlannedOverAnEmptyGraphSeeksMentionsByTheirPosition() throws IOException {
        TestGraph graph = TestGraph.shared();
        graph.clear();
        Map<String, List<String>> seeks = new TreeMap<>();
        for (String name : names()) {
            List<String> details = new ArrayList<>();
            try (Transaction tx = graph.database().beginTx();
                 Result result = tx.execute(explain(LoadQueries.text(name)))) {
                details(result.getExecutionPlanDescription(), details);
            }
            List<String> found = details.stream()
                    .filter(d -> d.contains("RelationshipIndexSeek") && d.contains("MENTIONS(position)")).toList();
            if (!found.isEmpty()) {
                seeks.put(name, found);
            }
        }
        assertThat(seeks).as("queries that seek mentions through their position's index").isEmpty();
    }

    private static void details(ExecutionPlanDescription plan, List<String> out) {
        out.add(plan.getName() + " " + plan.getArguments().getOrDefault("Details", ""));
        plan.getChildren().forEach(child -> details(child, out));
    }

    /**
     * Every node a load or link query matches by its id or key ({@code MATCH (s:Statement {id: …})}) is reached by
     * that index seek, never by expanding from a node bound before it. A scan check does not see such a plan: in
     * session 13 describe-utterances reached each occurrence's statement from the utterance over OCCURRENCE_OF
     * instead of by its id (41 ms per utterance on a 10,000-article load, kept for the whole load by replan=skip).
     * Planned over a small graph whose counts invite that (few relationships per node, many statements), as a load's
     * first batches leave it.
     */
    @Test
    void everyNodeMatchedByIdOrKeyIsReachedByItsIndexSeek() throws IOException {
        TestGraph graph = TestGraph.shared();
        graph.clear();
        try (Transaction tx = graph.database().beginTx()) {
            tx.execute("UNWIND range(1, 300) AS i CREATE (u:Utterance {id: 'u' + i})<-[:OCCURRENCE_OF]-"
                    + "(:Statement {id: 's' + i})-[:SOURCED_FROM]->(:Article {id: 'a' + i})").accept(r -> true);
            tx.execute("UNWIND range(1, 3000) AS i CREATE (:Statement {id: 'x' + i})").accept(r -> true);
            tx.commit();
        }
        Map<String, List<String>> unsought = new TreeMap<>();
        // A MATCH that starts its line: one inside an expression (EXISTS { MATCH … } in a SET) is planned as a nested
        // plan of that expression, which the plan's operators do not show.
        Pattern byId = Pattern.compile("(?m)^\\s*(?:OPTIONAL )?MATCH \\(([a-z][A-Za-z0-9]*):([A-Za-z]+) \\{(id|key): ");
        try {
            for (String name : names()) {
                if (LoadQueries.REPLANNED.contains(name)) {
                    continue; // planned again as the graph grows: no first plan is kept for the whole load
                }
                String text = LoadQueries.text(name);
                Matcher m = byId.matcher(text);
                List<String> expected = new ArrayList<>();
                while (m.find()) {
                    expected.add(m.group(1) + ":" + m.group(2) + "(" + m.group(3) + ")");
                }
                if (expected.isEmpty()) {
                    continue;
                }
                List<String> seeks = new ArrayList<>();
                try (Transaction tx = graph.database().beginTx(); Result result = tx.execute(explain(text))) {
                    seeks(result.getExecutionPlanDescription(), seeks);
                }
                List<String> missing = expected.stream().filter(e -> seeks.stream().noneMatch(d -> d.contains(e)))
                        .toList();
                if (!missing.isEmpty()) {
                    unsought.put(name, List.of(missing + " (seeks: " + seeks + ")"));
                }
            }
        } finally {
            graph.clear();
        }
        assertThat(unsought).as("nodes matched by id or key but reached otherwise than by their index seek")
                .isEmpty();
    }

    /** The details of every index seek in the plan ("UNIQUE s:Statement(id) WHERE id = …"). */
    private static void seeks(ExecutionPlanDescription plan, List<String> details) {
        if (plan.getName().contains("IndexSeek")) {
            details.add(String.valueOf(plan.getArguments().get("Details")));
        }
        plan.getChildren().forEach(child -> seeks(child, details));
    }

    private static List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        for (String dir : List.of("load", "link")) {
            try (Stream<Path> files = Files.list(Path.of("cypher", dir))) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".cypher")).sorted()
                        .map(f -> dir + "/" + f.substring(0, f.length() - ".cypher".length()))
                        // Scripts (several statements, run once as an upgrade) are sent as they are.
                        .filter(name -> Cypher.script(name).size() == 1)
                        .forEach(names::add);
            }
        }
        return names;
    }

    private static void collect(ExecutionPlanDescription plan, List<String> operators) {
        operators.add(plan.getName());
        plan.getChildren().forEach(child -> collect(child, operators));
    }

    /** The query's plan request: EXPLAIN after its options, if it has any. */
    private static String explain(String text) {
        return text.startsWith("CYPHER replan=skip") ? text.replaceFirst("CYPHER replan=skip",
                "CYPHER replan=skip EXPLAIN") : "EXPLAIN " + text;
    }
}

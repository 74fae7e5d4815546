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
     * articles an upgrade counts into stances and relayed counts, the format marker (one node) and whether the graph
     * is empty.
     */
    private static final List<String> WHOLE_LABEL = List.of("load/article-files", "load/needs-upgrade",
            "load/needs-sort-keys", "load/needs-outlets", "load/needs-stances", "load/needs-relayed-counts",
            "load/stance-articles", "load/graph-format", "load/mark-format");

    @Test
    void everyLoadAndLinkQueryIsSentWithReplanSkipAndPlannedOverEmptyGraphWithoutScans() throws IOException {
        TestGraph graph = TestGraph.shared();
        graph.clear();
        Map<String, List<String>> scans = new TreeMap<>();
        List<String> names = names();
        assertThat(names).contains("load/merge-statements", "link/committed-hits");
        for (String name : names) {
            String text = LoadQueries.text(name);
            assertThat(text).startsWith("CYPHER replan=skip");
            List<String> operators = new ArrayList<>();
            try (Transaction tx = graph.database().beginTx(); Result result = tx.execute(
                    text.replaceFirst("CYPHER replan=skip", "CYPHER replan=skip EXPLAIN"))) {
                collect(result.getExecutionPlanDescription(), operators);
            }
            List<String> found = operators.stream().filter(o -> SCANS.stream().anyMatch(o::startsWith)).toList();
            if (!found.isEmpty() && !WHOLE_LABEL.contains(name)) {
                scans.put(name, found);
            }
        }
        assertThat(scans).as("queries whose plan over an empty graph scans instead of seeking").isEmpty();
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
}

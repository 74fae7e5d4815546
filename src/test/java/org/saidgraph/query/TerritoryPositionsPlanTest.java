package org.saidgraph.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.saidgraph.graph.Cypher;
import org.saidgraph.support.TestGraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan of a territory's positions across its parts reads the mentions of the statements it corrects from those
 * statements, whatever graph it was planned on. Neo4j keeps a plan for some seconds before it looks at the graph's
 * statistics again, so a plan made on a small graph serves the next, larger one: planned on an empty graph, the
 * count of a statement's mentions with one position once became a seek of the position index, which reads every
 * mention of that position in the graph for each statement (TerritoryPositionsTest then counted 308 mention rows where
 * its bound was 212). Planned here with replanning forced, on an empty graph, where that seek looks cheapest.
 */
class TerritoryPositionsPlanTest {

    private static TestGraph neo4j;

    @BeforeAll
    static void emptyGraph() {
        neo4j = TestGraph.shared();
        neo4j.clear();
    }

    @AfterAll
    static void clear() {
        neo4j.clear();
    }

    @Test
    void theCountOfAStatementsMentionsSeeksNoPositionIndexEvenPlannedOnAnEmptyGraph() {
        for (boolean firstHand : List.of(false, true)) {
            Map<String, Object> params = new HashMap<>();
            params.put("id", "nowhere");
            params.put("includeParts", true);
            params.put("includeWholes", true);
            params.put("firstHand", firstHand);
            params.put("skip", 0);
            params.put("limit", 100);
            params.put("perPosition", 1);
            params.put("speakerLimit", StatementQueries.SPEAKERS_PER_POSITION);
            List<String> seeks = new ArrayList<>();
            try (Transaction tx = neo4j.database().beginTx();
                 Result result = tx.execute("CYPHER replan=force EXPLAIN "
                         + Cypher.query("query/territory-positions-across"), params)) {
                mentionSeeks(result.getExecutionPlanDescription(), seeks);
            }
            // Only the two order indexes, each sought from a stance's key: never every mention of a position.
            assertThat(seeks).as("firstHand " + firstHand).isNotEmpty()
                    .allMatch(d -> d.contains("MENTIONS(stanceOrder)") || d.contains("MENTIONS(sharedOrder)"));
        }
    }

    /** The details of each index seek on MENTIONS in the plan. */
    private static void mentionSeeks(ExecutionPlanDescription plan, List<String> seeks) {
        String details = String.valueOf(plan.getArguments().get("Details"));
        if (plan.getName().contains("IndexSeek") && details.contains(":MENTIONS")) {
            seeks.add(details);
        }
        plan.getChildren().forEach(child -> mentionSeeks(child, seeks));
    }
}

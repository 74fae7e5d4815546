package org.saidgraph.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.graph.Reads;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.support.Seed;
import org.saidgraph.support.TestGraph;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers built from two reads (the ids, then the statements' cards, in one read transaction that sees each commit as
 * it lands) stay whole when a concurrent load deletes a statement in between: the reliability proof's 32 readers and 4 writers once got a 500 from a territory's
 * positions this way. Here a card reader that deletes the first statement asked for plays the concurrent writer.
 */
class ChangedBetweenReadsTest {

    private TestGraph neo4j;
    private final java.util.List<String> deleted = new java.util.ArrayList<>();

    @BeforeEach
    void loadTheSeed() throws Exception {
        neo4j = TestGraph.shared();
        neo4j.clear();
        DatasetReader reader = new DatasetReader();
        new DatasetLoader(neo4j.graph(), reader.mapper()).load("seed", reader.read(Seed.DATASET));
    }

    @AfterEach
    void clear() {
        neo4j.clear();
    }

    /** Cards read after a "concurrent" delete of the first statement asked for. */
    private StatementCards deletingFirst() {
        return new StatementCards(neo4j.graph()) {
            @Override
            public List<StatementView> byIds(Reads.Tx tx, Collection<String> ids) {
                if (deleted.isEmpty() && !ids.isEmpty()) {
                    String victim = ids.iterator().next();
                    neo4j.run("MATCH (s:Statement {id: $id}) DETACH DELETE s", Map.of("id", victim));
                    deleted.add(victim);
                }
                return super.byIds(tx, ids);
            }
        };
    }

    @Test
    void aTerritorysPositionsLeaveOutAStatementDeletedBetweenTheReads() {
        StatementQueries queries = new StatementQueries(neo4j.graph(), deletingFirst(), new Acts());

        Page<PositionGroup> positions = queries.positions("crimea", new TerritoryFilter(false, false, null, false),
                new Page.Request(0, 20));

        assertThat(deleted).hasSize(1);
        assertThat(positions.items()).isNotEmpty();
        assertThat(positions.items()).allSatisfy(g -> assertThat(g.statements())
                .doesNotContainNull()
                .noneSatisfy(v -> assertThat(v.id()).isEqualTo(deleted.get(0))));
    }
}

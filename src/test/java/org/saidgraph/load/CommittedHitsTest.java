package org.saidgraph.load;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saidgraph.link.LinkKeys;
import org.saidgraph.support.TestGraph;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader's look-up of committed statements by linking key (link/committed-hits.cypher over the eventually
 * consistent statement_link_keys_eventual index, after link/await-link-keys.cypher): it sees what was just committed,
 * and a clause of two keys finds only statements stored under both.
 */
class CommittedHitsTest {

    private final TestGraph neo4j = TestGraph.shared();

    @BeforeEach
    void empty() {
        neo4j.clear();
    }

    private List<String> hits(List<List<String>> clauses) {
        neo4j.run(LoadQueries.text("link/await-link-keys"));
        return neo4j.run(LoadQueries.text("link/committed-hits"),
                        Map.of("queries", LinkKeys.lookups(clauses), "stale", List.of())).stream()
                .map(r -> r.get("id").asString()).sorted().toList();
    }

    @Test
    void aStatementCommittedJustBeforeIsFoundOnceTheIndexHasCaughtUp() {
        neo4j.run("CREATE (:Statement {id: 'a', linkKeys: 'e1 b2'})");

        assertThat(hits(List.of(List.of("e1")))).containsExactly("a");
        assertThat(hits(List.of(List.of("b2"), List.of("x9")))).containsExactly("a");
    }

    @Test
    void aClauseOfTwoRunsFindsOnlyTheStatementsStoredUnderBoth() {
        neo4j.run("CREATE (:Statement {id: 'both', linkKeys: 'wfirst wmiddle wlast'}), "
                + "(:Statement {id: 'first-only', linkKeys: 'wfirst wother'}), "
                + "(:Statement {id: 'last-only', linkKeys: 'wlast'}), "
                + "(:Statement {id: 'head', linkKeys: 'hhead'})");

        assertThat(hits(List.of(List.of("wfirst", "wlast")))).containsExactly("both");
        assertThat(hits(List.of(List.of("wfirst", "wlast"), List.of("hhead")))).containsExactly("both", "head");
    }

    @Test
    void statementsOfStaleArticlesAreLeftOut() {
        neo4j.run("CREATE (:Statement {id: 'kept', linkKeys: 'e1'}), "
                + "(:Statement {id: 'rewritten', linkKeys: 'e1'})-[:SOURCED_FROM]->(:Article {id: 'art'})");
        neo4j.run(LoadQueries.text("link/await-link-keys"));

        List<String> found = neo4j.run(LoadQueries.text("link/committed-hits"), Map.of("queries",
                LinkKeys.lookups(List.of(List.of("e1"))), "stale", List.of("art"))).stream()
                .map(r -> r.get("id").asString()).toList();

        assertThat(found).containsExactly("kept");
    }
}

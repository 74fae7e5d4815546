package org.saidgraph.bench;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saidgraph.support.TestGraph;
import org.saidgraph.graph.Cypher;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bench query's parameters (bench/query-parameters.cypher) find rare people and territories in any graph that has
 * people and territories: the least quoted and least mentioned, whatever their number. With a fixed ceiling (at most
 * 3 statements) a large corpus, where everyone has said more, gave none, and the bench silently dropped the rare
 * person's rows and paths.
 */
class QueryParametersTest {

    private static TestGraph neo4j;

    @BeforeAll
    static void graph() {
        neo4j = TestGraph.shared();
        neo4j.clear();
        // Six people who said 5, 6, … 10 statements each; six territories mentioned 25, 26, … 30 times.
        neo4j.run("""
                UNWIND range(0, 5) AS i
                CREATE (p:Entity:Person {id: 'person-' + i, name: 'Person ' + i})
                WITH p, i
                UNWIND range(1, 5 + i) AS n
                CREATE (p)-[:SAID]->(:Statement {id: p.id + '-' + n})
                """);
        neo4j.run("""
                UNWIND range(0, 5) AS i
                CREATE (t:Entity:Territory {id: 'territory-' + i, name: 'Territory ' + i})
                WITH t, i
                UNWIND range(1, 25 + i) AS n
                CREATE (:Statement {id: t.id + '-' + n})-[:MENTIONS]->(t)
                """);
    }

    @AfterAll
    static void clear() {
        neo4j.clear();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRareAreTheLeastQuotedAndLeastMentionedEvenWhenEveryoneIsQuotedOften() {
        Map<String, Object> row = neo4j.run(Cypher.query("bench/query-parameters"), Map.of("popular", 2, "rare", 3))
                .get(0).asMap();

        List<Map<String, Object>> rare = (List<Map<String, Object>>) row.get("rareSpeakers");
        assertThat(rare).extracting(p -> p.get("id")).containsExactly("person-0", "person-1", "person-2");
        assertThat(rare).extracting(p -> p.get("count")).containsExactly(5L, 6L, 7L);
        List<Map<String, Object>> rarePlaces = (List<Map<String, Object>>) row.get("rareTerritories");
        assertThat(rarePlaces).extracting(t -> t.get("id"))
                .containsExactly("territory-0", "territory-1", "territory-2");
        assertThat((List<Map<String, Object>>) row.get("popularSpeakers")).extracting(p -> p.get("id"))
                .containsExactly("person-5", "person-4");
    }

    @Test
    void anEndpointWithoutParametersIsNamedInTheReportNotDropped() {
        QueryBench.Result result = new QueryBench.Result(1000, 10_000, 1.0, List.of(), List.of(),
                List.of("GET /api/people/{id} [rarely quoted]: no parameters"));

        String section = BenchReport.querySection(new BenchReport.Merged<>(List.of(result),
                Map.of(1000, new BenchReport.Measured("2026-12-01", Machine.here()))));

        assertThat(section).contains("Not measured at this size: GET /api/people/{id} [rarely quoted]: no parameters");
    }
}

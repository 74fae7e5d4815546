package org.saidgraph.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saidgraph.query.cypher.ReadOnlyCypher;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second layer of /api/cypher on its own: even a query the lexical check let through is refused by the
 * database's classification (EXPLAIN's query type) or by its plan. This is what keeps the endpoint safe should the
 * text check ever miss a spelling.
 */
class CypherPlanLayerTest extends ApiTestSupport {

    @Autowired
    ReadOnlyCypher cypher;

    @ParameterizedTest(name = "the plan refuses: {0}")
    @ValueSource(strings = {
            "CREATE (n:Hacked)",
            "MATCH (n) DETACH DELETE n",
            "FOREACH (x IN [1] | CREATE (:Hacked))",
            "CALL dbms.listConfig()",
            "CALL dbms.components()",
            "CALL db.createLabel('Hacked')",
            "CALL db.clearQueryCaches()",
            "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
            "LOAD CSV FROM 'http://127.0.0.1:1/x' AS line RETURN line",
            "UNWIND [1] AS x CALL (x) { CREATE (:Hacked) } IN TRANSACTIONS RETURN 1",
            "SHOW SETTINGS",
            "SHOW TRANSACTIONS",
            "SHOW PROCEDURES",
            "CREATE INDEX hacked FOR (n:Hacked) ON (n.x)",
    })
    void refuses(String query) {
        String before = graphFingerprint();
        assertThat(cypher.planRefusals(query, Map.of())).as(query).isNotEmpty();
        assertThat(graphFingerprint()).isEqualTo(before);
    }

    @ParameterizedTest(name = "the plan accepts: {0}")
    @ValueSource(strings = {
            "MATCH (p:Person)-[:SAID]->(s:Statement) RETURN p.name, count(s)",
            "CALL db.labels()",
            "CALL db.index.fulltext.queryNodes('statement_words', 'putin') YIELD node RETURN node.id",
            "MATCH p = shortestPath((:Person {id: 'elon-musk'})-[*..5]-(:Person {id: 'gitanas-nauseda'})) RETURN p",
    })
    void accepts(String query) {
        assertThat(cypher.planRefusals(query, Map.of())).as(query).isEmpty();
    }
}

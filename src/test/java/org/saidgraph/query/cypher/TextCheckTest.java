package org.saidgraph.query.cypher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The text layer of /api/cypher, on its own. */
class TextCheckTest {

    @ParameterizedTest(name = "refuses: {0}")
    @ValueSource(strings = {
            "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
            "load\ncsv from 'x' as l return l",
            "LOAD/**/CSV FROM 'x' AS l RETURN l",
            "CALL { CREATE () } IN TRANSACTIONS",
            "CALL { CREATE () } IN 3 CONCURRENT TRANSACTIONS OF 10 ROWS",
            "USING PERIODIC COMMIT 10 LOAD CSV FROM 'x' AS l CREATE ()",
            "USE system SHOW USERS",
            "CALL { USE other MATCH (n) RETURN n } RETURN n",
            "SHOW SETTINGS",
            "CYPHER 5 SHOW USERS",
            "EXPLAIN SHOW DATABASES",
            "TERMINATE TRANSACTIONS 'x'",
            "CREATE INDEX i FOR (n:X) ON (n.y)",
            "CREATE OR REPLACE DATABASE x",
            "CALL dbms.listConfig()",
            "CALL `dbms`.`listConfig`()",
            "CALL dbms . listConfig()",
            "RETURN apoc.text.join(['a'], '')",
            "RETURN `apoc.load.json`('x')",
            "RETURN custom.fn(1)",
            "MATCH (n) WHERE apoc.coll.contains([1], 1) RETURN n",
    })
    void refuses(String query) {
        assertThat(TextCheck.check(query, 10_000)).as(query).isNotEmpty();
    }

    @ParameterizedTest(name = "accepts: {0}")
    @ValueSource(strings = {
            "MATCH (n:Person) RETURN n.name",
            "MATCH (s:Statement) WHERE s.text CONTAINS 'LOAD CSV' RETURN s",
            "MATCH (s) // CALL dbms.listConfig()\nRETURN s",
            "MATCH (s) /* SHOW USERS */ RETURN s",
            "RETURN \"USE system\" AS x",
            "CALL db.labels()",
            "CALL db.index.fulltext.queryNodes('entity_names', 'musk') YIELD node RETURN node",
            "CALL (p) { MATCH (p)-[:SAID]->(s) RETURN count(s) AS n } RETURN n",
            "RETURN date.truncate('month', date()), duration.between(date(), date()), point.distance(point({x: 0, y: 0}), point({x: 1, y: 1}))",
            "MATCH (`my node`:Person) RETURN `my node`.name",
            "RETURN 'it''s' AS s, 'a\\'b' AS t",
    })
    void accepts(String query) {
        assertThat(TextCheck.check(query, 10_000)).as(query).isEmpty();
    }

    @Test
    void stripsStringsAndCommentsButUnquotesNames() {
        assertThat(TextCheck.code("RETURN 'LOAD CSV' // DROP\n, `a.b`")).isEqualTo("RETURN ''  \n, a.b");
    }
}

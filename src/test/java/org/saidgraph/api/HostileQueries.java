package org.saidgraph.api;

import java.util.List;
import java.util.stream.Stream;

/**
 * The hostile queries /api/cypher must refuse or bound, shared by the test against the embedded database
 * ({@link CypherApiTest}, {@link HostileCypherTest}) and the one against an external server
 * ({@link ExternalServerCypherSafetyTest}). RELIABILITY.md counts them.
 */
final class HostileQueries {

    /** Refused outright (400 or 403) and changing nothing. */
    static final List<String> REFUSED = List.of(
            // writes in all their forms
            "CREATE (n:Hacked) RETURN n",
            "MERGE (n:Hacked {id: 'x'}) RETURN n",
            "MATCH (n:Person {id: 'elon-musk'}) SET n.name = 'Hacked'",
            "MATCH (n:Person {id: 'elon-musk'}) SET n += {name: 'Hacked'}",
            "MATCH (n:Person) SET n:Hacked",
            "MATCH (n:Person {id: 'elon-musk'}) REMOVE n.name",
            "MATCH (n:Person) REMOVE n:Person",
            "MATCH (n:Statement) DELETE n",
            "MATCH (n) DETACH DELETE n",
            "MATCH ()-[r:SAID]->() DELETE r",
            "WITH 1 AS x CREATE (n:Hacked) RETURN n",
            "OPTIONAL MATCH (n:Nothing) WITH n MERGE (m:Hacked) RETURN m",
            "CALL { CREATE (:Hacked) } RETURN 1",
            "CALL () { CREATE (:Hacked) }",
            "MATCH (p:Person) CALL (p) { SET p.hacked = true } RETURN count(*)",
            "FOREACH (x IN [1] | CREATE (:Hacked))",
            "UNWIND [1, 2] AS x CALL (x) { CREATE (:Hacked {x: x}) } IN TRANSACTIONS OF 1 ROW RETURN 1",
            "UNWIND [1] AS x CALL { WITH x CREATE (:Hacked) } IN TRANSACTIONS",
            "USING PERIODIC COMMIT LOAD CSV FROM 'file:///etc/passwd' AS l CREATE (:Hacked)",
            "CYPHER runtime=slotted CREATE (n:Hacked)",
            "EXPLAIN CREATE (n:Hacked)",
            "PROFILE CREATE (n:Hacked)",
            "MATCH (n) RETURN n; CREATE (m:Hacked)",
            "create (n:Hacked)",
            // schema
            "CREATE INDEX hacked FOR (n:Hacked) ON (n.x)",
            "CREATE CONSTRAINT hacked FOR (n:Hacked) REQUIRE n.x IS UNIQUE",
            "CREATE FULLTEXT INDEX hacked FOR (n:Hacked) ON EACH [n.x]",
            "DROP INDEX statement_act",
            "DROP CONSTRAINT statement_id",
            "DROP INDEX statement_words IF EXISTS",
            // files and network
            "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
            "LOAD CSV FROM 'http://127.0.0.1:1/x' AS line RETURN line",
            "load   csv with headers from 'https://example.com/x.csv' as r return r",
            "LOAD/* hidden */CSV FROM 'file:///etc/passwd' AS line RETURN line",
            "RETURN apoc.version()",
            "RETURN `apoc.load.json`('file:///etc/passwd')",
            "RETURN `apoc`.`util`.`md5`(['x'])",
            "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value",
            "CALL apoc.load.csv('http://127.0.0.1:1/x')",
            // procedures and administration
            "CALL dbms.listConfig()",
            "CALL dbms.listConfig() YIELD name RETURN name",
            "CALL `dbms`.`listConfig`()",
            "CALL dbms.security.createUser('hacker', 'secret', false)",
            "CALL dbms.components()",
            "CALL dbms.procedures()",
            "CALL db.createLabel('Hacked')",
            "CALL db.createProperty('hacked')",
            "CALL db.createRelationshipType('HACKED')",
            "CALL db.clearQueryCaches()",
            "CALL db.checkpoint()",
            "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()",
            "CALL db.labels() YIELD label CALL dbms.listConfig() YIELD name RETURN label, name",
            "CALL gds.graph.list()",
            "SHOW USERS",
            "SHOW DATABASES",
            "SHOW SETTINGS",
            "SHOW PROCEDURES",
            "SHOW FUNCTIONS",
            "SHOW TRANSACTIONS",
            "SHOW INDEXES",
            "show current user",
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
            "CREATE DATABASE hacked",
            "CREATE USER hacker SET PASSWORD 'secret'",
            "CREATE ROLE hacker",
            "GRANT ROLE admin TO hacker",
            "ALTER DATABASE neo4j SET ACCESS READ ONLY",
            "STOP DATABASE neo4j",
            "START DATABASE neo4j",
            "DROP DATABASE neo4j",
            "USE system SHOW USERS",
            "USE neo4j MATCH (n) RETURN count(n)",
            "USE system MATCH (n) RETURN n",
            "CALL { USE neo4j MATCH (n) RETURN n } RETURN n",
            // text tricks: escapes Neo4j decodes before reading, Unicode spaces and line separators, case, comments
            "RETURN '\\u0027 AS a, graph.names() AS g //'",
            "RETURN '\\u0027 AS a LOAD CSV FROM \\u0027file:///etc/passwd\\u0027 AS l RETURN l //'",
            "RETURN 1 AS x \\u002F\\u002F comment",
            "LOAD\u00a0CSV FROM 'file:///etc/passwd' AS line RETURN line",
            "LOAD\u3000CSV FROM 'file:///etc/passwd' AS line RETURN line",
            "USE\u00a0system SHOW USERS",
            "USE\u2028system MATCH (n) RETURN n",
            "MATCH (n) // a comment that ends here\u2028LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
            "MATCH (n) // a comment that ends here\u0085CALL dbms.listConfig() YIELD name RETURN name",
            "LoAd CsV FrOm 'file:///etc/passwd' AS l RETURN l",
            "LOAD CSV FROM $url AS l RETURN l",
            "EXPLAIN LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
            "CYPHER runtime=slotted LOAD CSV FROM 'http://169.254.169.254/latest/meta-data/' AS l RETURN l",
            "RETURN 1; RETURN 2",
            // procedures and functions that run Cypher, read files or reach the network where APOC is installed
            "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n', {})",
            "CALL apoc.cypher.run('CREATE (:Hacked)', {}) YIELD value RETURN value",
            "CALL apoc.cypher.doIt('CREATE (:Hacked)', {})",
            "RETURN `apoc.cypher.runFirstColumnMany`('RETURN 1', {})",
            "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
            "RETURN apoc.load.jsonParams('http://169.254.169.254/latest/meta-data/', {}, null)",
            "CALL apoc.export.csv.all('/tmp/x.csv', {})",
            // administration and introspection
            "CALL dbms.showCurrentUser()",
            "CALL dbms.security.listUsers()",
            "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
            "CALL dbms.listConnections()",
            "CALL dbms.killQueries(['query-1'])",
            "CALL db.stats.retrieve('GRAPH COUNTS')",
            "CALL tx.setMetaData({a: 1})",
            "CALL dbms.cluster.routing.getRoutingTable({})",
            "CALL db.index.fulltext.createNodeIndex('x', ['Person'], ['name'])",
            "SHOW SERVERS",
            "SHOW PRIVILEGES",
            "SHOW ALIASES FOR DATABASE",
            "CREATE ALIAS hacked FOR DATABASE neo4j",
            "DROP USER neo4j",
            "ALTER USER neo4j SET PASSWORD 'hacked-password'",
            "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'hacked-password'",
            "RENAME USER neo4j TO hacked",
            // writes hidden in UNION branches and subqueries
            "MATCH (n:Person) RETURN n.id AS x UNION ALL CREATE (m:Hacked) RETURN 'x' AS x",
            "MATCH (n:Person) RETURN n.id AS x UNION MATCH (m:Person) SET m.hacked = true RETURN m.id AS x",
            "MATCH (p:Person) CALL (p) { MERGE (:Hacked {id: p.id}) } RETURN p",
            "MATCH (p:Person) WITH p CALL (p) { WITH p DETACH DELETE p } RETURN 1",
            "OPTIONAL CALL () { CREATE (:Hacked) } RETURN 1",
            // work that would loop or grow inside one row, where the deadline cannot stop it
            "RETURN reduce(s = 0, x IN range(1, 1500000000) | s + x) AS total",
            "RETURN range(1, 60000000) AS xs",
            "WITH reduce(s = '', x IN range(1, 30) | s + s + 'a') AS s RETURN s =~ '(a+)+b' AS slow",
            "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(a|aa)+$' AS slow",
            "RETURN [x IN range(1, 100000000) | x * 2] AS xs",
            "RETURN size([x IN range(1, 10000) | [y IN range(1, 10000) | x * y]]) AS n",
            "RETURN any(x IN range(1, 2000000000) WHERE x < 0) AS found",
            "RETURN replace(replace(replace('aaaaaaaaaa', 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa'), 'a', "
                    + "'aaaaaaaaaa') AS s",
            "WITH 'xxxxxxxxxxxxxxxx' AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s "
                    + "WITH s + s AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s "
                    + "WITH s + s AS s RETURN size(s)",
            "UNWIND range(1, 1000000000) + [1] AS x RETURN x",
            "RETURN range(1, $n) AS xs",
            "RETURN range(0, 1000000000, 1) AS xs",
            "RETURN [x IN ['a', 'b'] | x + x] AS xs",
            "RETURN all(x IN [1, 2] WHERE any(y IN [1, 2] WHERE x = y)) AS nested",
            "MATCH (s:Statement) WHERE s.text =~ '.*Putin.*' RETURN s.id"
    );

    /** Runaway or huge, but answered within the deadline: 422, or 200 with truncated rows. */
    static final List<String> BOUNDED = List.of(
            "MATCH (a), (b), (c), (d), (e), (f) WHERE a.id < b.id AND c.id < d.id RETURN count(*)",
            "MATCH (a), (b), (c), (d), (e), (f) WHERE a.id < b.id AND c.id < d.id RETURN a.id, b.id LIMIT 1",
            "UNWIND range(1, 1000000000) AS x RETURN x",
            "UNWIND range(1, 2000000000) AS x RETURN count(x)",
            "UNWIND range(1, 200000000) AS x WITH collect(x) AS xs RETURN size(xs)",
            "MATCH p = (a)-[*]-(b) RETURN count(p)",
            "UNWIND range(1, 3000) AS x MATCH (a:Article) RETURN a.text",
            "UNWIND range(1, 3000) AS x MATCH (a:Article) WITH collect(a.text) AS texts RETURN texts",
            "UNWIND range(1, 100000) AS x WITH x ORDER BY x DESC RETURN x"
    );

    private HostileQueries() {
    }

    static Stream<String> refused() {
        return REFUSED.stream();
    }

    static Stream<String> bounded() {
        return BOUNDED.stream();
    }
}

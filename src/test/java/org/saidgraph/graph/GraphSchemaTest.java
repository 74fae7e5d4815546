package org.saidgraph.graph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saidgraph.support.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

class GraphSchemaTest {

    private static TestGraph neo4j;

    @BeforeAll
    static void start() {
        neo4j = TestGraph.start();
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    @Test
    void everyStatementOfSchemaCypherNamesWhatItCreates() {
        assertThat(Cypher.script("schema")).isNotEmpty().allSatisfy(s -> assertThat(Graph.schemaName(s)).isNotBlank());
    }

    @Test
    void schemaIsCreatedAndAnIndexDroppedSinceIsCreatedAgainOnTheNextStart() {
        var names = Cypher.script("schema").stream().map(Graph::schemaName).toList();
        assertThat(indexNames()).containsAll(names);

        neo4j.run("DROP INDEX statement_act");
        assertThat(indexNames()).doesNotContain("statement_act");
        neo4j.graph().applySchema();
        neo4j.graph().applySchema();

        assertThat(indexNames()).containsAll(names);
        assertThat(neo4j.run("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN name")).hasSize(1);
    }

    @Test
    void anIndexAnOlderVersionCreatedAndThisOneRetiredIsDroppedOnTheNextStart() {
        neo4j.run("CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON EACH [s.text]");
        assertThat(indexNames()).contains("statement_text");

        neo4j.graph().applySchema();

        assertThat(indexNames()).doesNotContain("statement_text")
                .containsAll(Cypher.script("schema").stream().map(Graph::schemaName).toList());
        assertThat(Cypher.script("schema")).noneMatch(s -> Graph.schemaName(s).equals("statement_text"));
        neo4j.graph().applySchema(); // nothing left to drop: no error
        assertThat(Cypher.script("graph/retired-schema")).allSatisfy(s -> assertThat(Graph.retiredName(s)).isNotBlank());
    }

    @Test
    void theLinkKeyIndexUpdatedInsideEachCommitGivesWayToAnEventuallyConsistentOne() {
        neo4j.run("CREATE FULLTEXT INDEX statement_link_keys IF NOT EXISTS FOR (s:Statement) ON EACH [s.linkKeys] "
                + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}");

        neo4j.graph().applySchema();

        assertThat(indexNames()).doesNotContain("statement_link_keys").contains("statement_link_keys_eventual");
        assertThat(neo4j.run("SHOW INDEXES YIELD name, options WHERE name = 'statement_link_keys_eventual' "
                + "RETURN options.indexConfig['fulltext.eventually_consistent'] AS eventual").get(0)
                .get("eventual").asBoolean()).isTrue();
    }

    private static java.util.List<String> indexNames() {
        return neo4j.run("SHOW INDEXES YIELD name RETURN name").stream().map(r -> r.get("name").asString()).toList();
    }
}

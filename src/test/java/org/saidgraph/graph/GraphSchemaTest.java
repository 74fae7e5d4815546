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

    private static java.util.List<String> indexNames() {
        return neo4j.run("SHOW INDEXES YIELD name RETURN name").stream().map(r -> r.get("name").asString()).toList();
    }
}

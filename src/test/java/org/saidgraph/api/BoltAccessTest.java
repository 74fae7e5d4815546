package org.saidgraph.api;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.saidgraph.graph.EmbeddedNeo4j;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An external program reaches the embedded database over Bolt with its own driver and asks the same questions. */
class BoltAccessTest extends ApiTestSupport {

    @Autowired
    EmbeddedNeo4j embedded;

    @Test
    void aSeparateDriverAsksWhoRepliedToMusk() {
        try (Driver external = GraphDatabase.driver(embedded.boltUri(), embedded.authToken());
             Session session = external.session()) {
            List<String> repliers = session.run("""
                    MATCH (x)-[:SAID]->(:Statement)-[:RESPONDS_TO]->(:Statement)<-[:SAID]-(:Person {id: $id})
                    RETURN DISTINCT x.id AS id ORDER BY id""", Map.of("id", "elon-musk"))
                    .list(r -> r.get("id").asString());
            assertThat(repliers).contains("volodymyr-zelensky", "mykhaylo-podolyak", "andriy-melnyk",
                    "gitanas-nauseda");

            List<String> relay = session.run("""
                    MATCH (s:Statement {id: $id})-[r:REPORTED_BY]->(e)
                    RETURN e.id AS id ORDER BY r.hop""", Map.of("id", PUTIN_DEMANDS))
                    .list(r -> r.get("id").asString());
            assertThat(relay).containsExactly("elon-musk", "ian-bremmer");
        }
    }
}

package org.saidgraph.ingest;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.extract.KnownEntities;
import org.saidgraph.extract.KnownEntity;
import org.saidgraph.graph.Cypher;
import org.saidgraph.graph.Graph;

import java.util.ArrayList;
import java.util.List;

/** Knowledge read from the graph the server runs on: what earlier articles taught it. */
public final class GraphKnownEntities implements KnownEntities {

    private final Graph graph;

    public GraphKnownEntities(Graph graph) {
        this.graph = graph;
    }

    @Override
    public List<KnownEntity> all() {
        try (Session session = graph.readSession()) {
            return session.executeRead(tx -> tx.run(Cypher.query("extract/known-entities")).list(this::entity));
        }
    }

    private KnownEntity entity(Record r) {
        EntityType type = switch (r.get("type").asString()) {
            case "Person" -> EntityType.PERSON;
            case "Organization" -> EntityType.ORGANIZATION;
            case "Territory" -> EntityType.TERRITORY;
            default -> EntityType.GROUP;
        };
        List<KnownEntity.KnownRole> roles = new ArrayList<>();
        for (var role : r.get("roles").values()) {
            roles.add(new KnownEntity.KnownRole(role.get("title").asString(), role.get("of").asString(),
                    role.get("ofName").asString()));
        }
        return new KnownEntity(type, r.get("id").asString(), r.get("name").asString(),
                r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(v -> v.asString()),
                r.get("kind").isNull() ? null : r.get("kind").asString(),
                r.get("description").isNull() ? null : r.get("description").asString(), roles);
    }
}

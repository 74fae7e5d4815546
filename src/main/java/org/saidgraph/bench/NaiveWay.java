package org.saidgraph.bench;

import org.neo4j.driver.Session;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.Statement;
import org.saidgraph.graph.Cypher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a first loader looks like: through the driver, one transaction per statement, everything MERGEd
 * (bench/naive-statement.cypher). It stops when its time budget is spent; the benchmark extrapolates from its rate.
 */
final class NaiveWay implements LoadWay {

    @Override
    public String name() {
        return "naive";
    }

    @Override
    public long load(List<Path> files, BenchDatabase database, Progress progress, Duration budget) {
        DatasetReader reader = new DatasetReader();
        long deadline = System.nanoTime() + budget.toNanos();
        long loaded = 0;
        try (Session session = database.graph().writeSession()) {
            for (Path file : files) {
                Dataset dataset = reader.read(file);
                Map<String, Entity> entities = dataset.entities().stream()
                        .collect(Collectors.toMap(Entity::id, Function.identity()));
                for (Statement statement : dataset.statements()) {
                    Map<String, Object> parameters = parameters(dataset, entities, statement);
                    session.executeWriteWithoutResult(tx -> tx.run(Cypher.query("bench/naive-statement"), parameters)
                            .consume());
                    loaded++;
                }
                progress.sample(loaded);
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
        }
        return loaded;
    }

    private static Map<String, Object> parameters(Dataset dataset, Map<String, Entity> entities, Statement s) {
        Entity speaker = entities.get(s.speaker());
        List<Map<String, Object>> named = new ArrayList<>();
        s.mentions().forEach(m -> named.add(entity(entities.get(m.entity()), "MENTIONS", m.position())));
        s.addressedTo().forEach(id -> named.add(entity(entities.get(id), "ADDRESSED_TO", null)));
        s.reportedBy().forEach(id -> named.add(entity(entities.get(id), "REPORTED_BY", null)));
        List<Map<String, Object>> others = new ArrayList<>();
        s.reports().forEach(id -> others.add(Map.of("id", id, "type", "REPORTS")));
        s.respondsTo().forEach(id -> others.add(Map.of("id", id, "type", "RESPONDS_TO")));
        s.denies().forEach(id -> others.add(Map.of("id", id, "type", "DENIES")));
        return Map.of(
                "article", Map.of("id", dataset.article().id(), "title", dataset.article().title(),
                        "text", dataset.article().text()),
                "speaker", Map.of("id", speaker.id(), "label", speaker.type().label(), "name", speaker.name()),
                "statement", Map.of("id", s.id(), "text", s.text(), "verbatim", s.verbatim(), "act", s.act(),
                        "start", s.span().start(), "end", s.span().end()),
                "entities", named,
                "statements", others);
    }

    private static Map<String, Object> entity(Entity e, String type, String position) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", e.id());
        row.put("label", e.type().label());
        row.put("name", e.name());
        row.put("type", type);
        row.put("position", position);
        return row;
    }
}

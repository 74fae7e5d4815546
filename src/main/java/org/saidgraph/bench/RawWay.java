package org.saidgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.graph.Cypher;
import org.saidgraph.load.Ahead;
import org.saidgraph.load.DirectoryLoader;
import org.saidgraph.load.LoadPlan;
import org.saidgraph.load.Prepared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The raw limit of the database: the same nodes and relationships the loader writes, CREATEd with {@code UNWIND} in
 * the same batches, through the same embedded API, into an empty database with the same schema, without MERGE and
 * without reading anything first. The files are parsed on the same reader threads, but not validated; each entity and
 * fact is created once, when first met, and keeps what that article gave it (no counts, no union of aliases).
 */
final class RawWay implements LoadWay {

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public long load(List<Path> files, BenchDatabase database, Progress progress, Duration budget) {
        ObjectMapper mapper = new DatasetReader().mapper();
        GraphDatabaseService db = database.neo4j().database();
        DirectoryLoader.Options options = DirectoryLoader.Options.defaults();
        Set<String> entities = new HashSet<>();
        Set<String> facts = new HashSet<>();
        List<Prepared> batch = new ArrayList<>();
        long[] loaded = {0};
        int[] batchStatements = {0};
        try (Ahead readers = new Ahead(options.readers(), 32, "saidgraph-bench-reader")) {
            readers.each(files, file -> parse(mapper, file), dataset -> {
                batch.add(new Prepared(dataset.article().id(), dataset, "", null));
                batchStatements[0] += dataset.statements().size();
                if (batchStatements[0] >= options.batchStatements()) {
                    loaded[0] += write(db, batch, entities, facts);
                    batchStatements[0] = 0;
                    progress.sample(loaded[0]);
                }
            });
            loaded[0] += write(db, batch, entities, facts);
            progress.sample(loaded[0]);
        }
        return loaded[0];
    }

    private static Dataset parse(ObjectMapper mapper, Path file) {
        try {
            return mapper.readValue(file.toFile(), Dataset.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long write(GraphDatabaseService db, List<Prepared> batch, Set<String> entities, Set<String> facts) {
        if (batch.isEmpty()) {
            return 0;
        }
        LoadPlan plan = LoadPlan.of(batch.stream().map(p -> new LoadPlan.Change(p.articleId(), p, null)).toList());
        List<Map<String, Object>> newEntities = new ArrayList<>();
        for (Map<String, Object> row : plan.entities()) {
            if (entities.add((String) row.get("id"))) {
                newEntities.add(Map.of("label", row.get("label"), "properties", entityProperties(row)));
            }
        }
        List<Map<String, Object>> newFacts = new ArrayList<>();
        for (Map<String, Object> row : plan.facts()) {
            if (facts.add(row.get("type") + " " + row.get("subject") + " " + row.get("key"))) {
                Map<String, Object> properties = new HashMap<>();
                if (row.get("title") != null) {
                    properties.put("title", row.get("title"));
                }
                if (row.get("year") != null) {
                    properties.put("year", row.get("year"));
                }
                if ((Boolean) row.get("asserted")) {
                    properties.put("recognised", row.get("recognised"));
                }
                newFacts.add(Map.of("type", row.get("type"), "subject", row.get("subject"),
                        "object", row.get("object"), "properties", properties));
            }
        }
        try (Transaction tx = db.beginTx()) {
            run(tx, "bench/raw-entities", Map.of("entities", newEntities));
            run(tx, "bench/raw-articles", Map.of("articles", plan.articles()));
            run(tx, "load/write-names", Map.of("names", plan.names(), "replaced", List.of()));
            run(tx, "bench/raw-facts", Map.of("facts", newFacts));
            run(tx, "bench/raw-statements", Map.of("statements", plan.createdStatements()));
            run(tx, "load/link-statements", Map.of("links", plan.statementLinks()));
            run(tx, "load/link-entities", Map.of("links", plan.entityLinks().stream().map(RawWay::unlisted).toList()));
            tx.commit();
        }
        batch.clear();
        return plan.statementCount();
    }

    /**
     * A relationship to an entity without the properties the loader sets for the lists of statements (MENTIONS'
     * entity and sortKey), which the raw way never wrote (raw-statements.cypher says why).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> unlisted(Map<String, Object> link) {
        Map<String, Object> properties = new HashMap<>((Map<String, Object>) link.get("properties"));
        properties.remove("entity");
        properties.remove("sortKey");
        Map<String, Object> row = new HashMap<>(link);
        row.put("properties", properties);
        return row;
    }

    /** What merge-entities.cypher would leave on a new entity named by one article. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> entityProperties(Map<String, Object> row) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : List.of("id", "name", "kind", "description", "wikidata", "confidence")) {
            if (row.get(key) != null) {
                properties.put(key, row.get(key));
            }
        }
        List<String> aliases = ((List<Map<String, Object>>) row.get("aliasChanges")).stream()
                .map(c -> (String) c.get("alias")).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        properties.put("aliases", aliases);
        properties.put("nameText", String.join("\n", java.util.stream.Stream.concat(
                java.util.stream.Stream.of((String) row.get("name")), aliases.stream()).toList()));
        return properties;
    }

    private static void run(Transaction tx, String query, Map<String, Object> parameters) {
        tx.execute(Cypher.query(query), parameters).accept(row -> true);
    }
}

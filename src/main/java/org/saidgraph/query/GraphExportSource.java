package org.saidgraph.query;

import org.neo4j.driver.Value;
import org.saidgraph.export.ExportNode;
import org.saidgraph.export.ExportRelationship;
import org.saidgraph.export.GraphSource;
import org.saidgraph.export.PropertySchema;
import org.saidgraph.export.ValueKind;
import org.saidgraph.graph.Graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The graph read for an export, the whole of it or one article's subgraph: each query's result is consumed row by
 * row as the database produces it ({@link org.saidgraph.graph.Reads#stream}: through the driver, fetched in batches
 * with back-pressure), and each row is handed to the export and dropped, so an export of any size holds a batch of
 * rows, never the graph.
 */
public final class GraphExportSource implements GraphSource {

    private final Graph graph;
    private final String article;

    /** {@code article}: the id of the article whose subgraph to export, or null for the whole graph. */
    public GraphExportSource(Graph graph, String article) {
        this.graph = graph;
        this.article = article;
    }

    /** Whether the article exists (for a clear 404 before a stream starts). */
    public static boolean articleExists(Graph graph, String id) {
        return graph.reads().single("query/article-exists", Map.of("id", id)).get("exists").asBoolean();
    }

    @Override
    public PropertySchema schema() {
        // Of the whole graph, also for one article: a few keys more than the article uses cost empty columns only.
        return new PropertySchema(keys("query/export-node-keys"), keys("query/export-relationship-keys"));
    }

    private Map<String, ValueKind> keys(String query) {
        Map<String, ValueKind> keys = new LinkedHashMap<>();
        graph.reads().rows(query, Map.of()).forEach(r ->
                keys.put(r.get("key").asString(), ValueKind.of(r.get("types").asList(Value::asString))));
        return keys;
    }

    @Override
    public void nodes(Consumer<ExportNode> sink) {
        stream(article == null ? "query/export-nodes" : "query/export-article-nodes", r -> sink.accept(
                new ExportNode(r.get("key").asString(), r.get("labels").asList(Value::asString),
                        properties(r.get("properties")))));
    }

    @Override
    public void relationships(Consumer<ExportRelationship> sink) {
        stream(article == null ? "query/export-relationships" : "query/export-article-relationships", r ->
                sink.accept(new ExportRelationship(r.get("start").asString(), r.get("type").asString(),
                        r.get("end").asString(), properties(r.get("properties")),
                        r.get("endVerbatim").isNull() ? null : r.get("endVerbatim").asBoolean())));
    }

    private void stream(String query, Consumer<Value> each) {
        graph.reads().stream(query, article == null ? Map.of() : Map.of("article", article), each);
    }

    private static Map<String, Object> properties(Value map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.keys().forEach(k -> out.put(k, map.get(k).asObject()));
        return out;
    }
}

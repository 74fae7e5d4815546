package org.saidgraph.query;

import org.neo4j.driver.Value;
import org.saidgraph.export.CytoscapeData;
import org.saidgraph.graph.Graph;
import org.saidgraph.graph.Reads;
import org.springframework.stereotype.Service;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The explorer's graph: an opening view, the neighbourhood of a node paged through its relationships, and the
 * statements a filter picks, each as Cytoscape.js elements and bounded by a limit at any size of the graph (every
 * query starts from an index or a known node, never from a scan of all statements).
 */
@Service
public class GraphQueries {

    public static final int DEFAULT_LIMIT = 300;
    public static final int MAX_LIMIT = 2000;
    /** The opening view: this many of the most-quoted speakers, each with this many of their latest statements. */
    static final int OPENING_SPEAKERS = 12;
    static final int OPENING_PER_SPEAKER = 5;
    /** Relationships read from one node for the elements' edges (the light end of each: a statement, an article). */
    static final int EDGES_PER_NODE = 200;
    /** Below the first step, each node adds at most this many neighbours, so one hub cannot fill the view alone. */
    static final int PER_NODE_BELOW_FIRST_STEP = 25;

    /** The explorer's filters; a null one matches everything. */
    public record Filter(String act, String speaker, String territory, String article) {
        public boolean isEmpty() {
            return act == null && speaker == null && territory == null && article == null;
        }
    }

    private final Graph graph;

    public GraphQueries(Graph graph) {
        this.graph = graph;
    }

    /** The most-quoted speakers and their latest statements, at most {@code limit} nodes. */
    public GraphView opening(int limit) {
        return graph.reads().read(tx -> {
            Set<String> nodes = new LinkedHashSet<>();
            boolean truncated = false;
            for (Value r : tx.rows("query/graph-opening", Map.of("speakers", OPENING_SPEAKERS,
                    "perSpeaker", OPENING_PER_SPEAKER))) {
                List<String> group = new ArrayList<>();
                group.add(r.get("speaker").asString());
                group.addAll(r.get("statements").asList(Value::asString));
                for (String id : group) {
                    if (nodes.size() >= limit && !nodes.contains(id)) {
                        truncated = true;
                    } else {
                        nodes.add(id);
                    }
                }
            }
            return elements(tx, nodes, truncated, null);
        });
    }

    /**
     * The nodes up to {@code depth} steps from {@code focus}: the focus's own relationships paged from {@code skip},
     * and at most {@link #PER_NODE_BELOW_FIRST_STEP} neighbours of each node further out; at most {@code limit} nodes.
     */
    public GraphView neighbourhood(String focus, int depth, int limit, long skip) {
        return graph.reads().read(tx -> {
            String articleId = focus.startsWith("article:") ? focus.substring("article:".length()) : focus;
            String stanceKey = focus.startsWith("stance:") ? focus.substring("stance:".length()) : focus;
            List<Value> found = tx.rows("query/graph-find", Map.of("id", focus, "articleId", articleId,
                    "stanceKey", stanceKey));
            if (found.isEmpty()) {
                throw new BadParameterException("focus", "no node with id '" + focus + "' (an entity or "
                        + "statement id, article:ID or stance:KEY)");
            }
            String start = found.get(0).get("node").asString();
            Set<String> nodes = new LinkedHashSet<>(List.of(start));
            List<String> frontier = List.of(start);
            boolean truncated = false;
            GraphView.FocusPage page = null;
            for (int step = 1; step <= depth && !frontier.isEmpty() && nodes.size() < limit; step++) {
                int perNode = step == 1 ? limit - 1 : PER_NODE_BELOW_FIRST_STEP;
                List<String> next = new ArrayList<>();
                for (Value r : tx.rows("query/graph-neighbours", Map.of("ids", frontier,
                        "skip", step == 1 ? skip : 0, "perNode", perNode))) {
                    List<String> neighbours = r.get("neighbours").asList(Value::asString);
                    long degree = r.get("degree").asLong();
                    long shown = (step == 1 ? skip : 0) + neighbours.size();
                    if (step == 1) {
                        page = new GraphView.FocusPage(null, degree, shown, Math.max(0, degree - shown));
                    }
                    truncated |= shown < degree && (step == 1 || neighbours.size() == perNode);
                    for (String m : neighbours) {
                        if (nodes.contains(m)) {
                            continue;
                        }
                        if (nodes.size() >= limit) {
                            truncated = true;
                            break;
                        }
                        nodes.add(m);
                        next.add(m);
                    }
                }
                frontier = next;
            }
            if (depth > 1 && !frontier.isEmpty() && nodes.size() >= limit) {
                truncated = true;
            }
            return elements(tx, nodes, truncated, page);
        });
    }

    /** Statements matching every filter given (at most {@code limit} nodes), with their speakers. */
    public GraphView filtered(Filter filter, int limit) {
        return graph.reads().read(tx -> {
            Map<String, Object> params = new HashMap<>();
            params.put("act", filter.act());
            params.put("speaker", filter.speaker());
            params.put("territory", filter.territory());
            params.put("article", filter.article());
            params.put("limit", limit);
            Value r = tx.single("query/graph-filtered", params);
            Set<String> nodes = new LinkedHashSet<>(r.get("context").asList(Value::asString));
            boolean truncated = false;
            for (String id : concat(r.get("speakers").asList(Value::asString),
                    r.get("statements").asList(Value::asString))) {
                if (nodes.size() >= limit && !nodes.contains(id)) {
                    truncated = true;
                } else {
                    nodes.add(id);
                }
            }
            truncated |= r.get("statements").size() >= limit;
            return elements(tx, nodes, truncated, null);
        });
    }

    /** What the filters offer: speakers (most quoted first), territories and articles, at most {@code max} each. */
    public GraphFacets facets(int max) {
        Value r = graph.reads().single("query/graph-facets", Map.of("max", max));
        return new GraphFacets(r.get("speakers").asList(GraphQueries::option),
                r.get("territories").asList(GraphQueries::option), r.get("articles").asList(GraphQueries::option));
    }

    private static GraphFacets.Option option(Value v) {
        return new GraphFacets.Option(v.get("id").asString(), v.get("name").asString(v.get("id").asString()),
                v.get("count").isNull() ? null : v.get("count").asLong());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static GraphView elements(Reads.Tx tx, Set<String> nodeIds, boolean truncated,
                                      GraphView.FocusPage page) {
        List<Value> rows = tx.rows("query/graph-elements", Map.of("ids", List.copyOf(nodeIds),
                "perNode", EDGES_PER_NODE));
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(r -> keys.add(r.get("key").asString()));
        List<GraphView.Element> nodes = new ArrayList<>();
        Map<String, GraphView.Element> edges = new LinkedHashMap<>();
        Map<String, GraphView.Element> outside = new LinkedHashMap<>();
        for (Value r : rows) {
            String key = r.get("key").asString();
            List<String> labels = r.get("labels").asList(Value::asString);
            Map<String, Object> properties = plain(r.get("properties").asMap(v -> v));
            // The explorer reads an article's text from /api/articles/{id}; nameText repeats the name and aliases.
            properties.remove("text");
            properties.remove("nameText");
            if (labels.contains("Statement")) {
                properties.put("text", r.get("properties").get("text").asString(null));
            }
            Map<String, Object> data = CytoscapeData.node(key, labels, properties);
            data.put("degree", r.get("degree").asLong());
            List<String> speaker = r.get("speaker").asList(Value::asString);
            if (!speaker.isEmpty()) {
                data.put("speaker", speaker.get(0));
            }
            nodes.add(new GraphView.Element(data));
            for (Value rel : r.get("relationships").values()) {
                boolean out = rel.get("out").asBoolean();
                String other = rel.get("other").asString();
                String source = out ? key : other;
                String target = out ? other : key;
                Map<String, Object> edge = CytoscapeData.edge(source, rel.get("type").asString(), target,
                        plain(rel.get("properties").asMap(v -> v)));
                GraphView.Element element = new GraphView.Element(edge);
                (keys.contains(other) ? edges : outside).putIfAbsent((String) edge.get("id"), element);
            }
        }
        GraphView.FocusPage focus = page == null || nodes.isEmpty() ? null
                : new GraphView.FocusPage((String) nodes.get(0).data().get("id"), page.degree(), page.next(),
                page.remaining());
        return new GraphView(new GraphView.Elements(nodes, List.copyOf(edges.values())), truncated,
                List.copyOf(outside.values()), focus);
    }

    /** Driver values as JSON-ready Java values: dates and times as ISO 8601 strings. */
    private static Map<String, Object> plain(Map<String, Value> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    private static Object plain(Value v) {
        Object o = v.asObject();
        if (o instanceof TemporalAccessor) {
            return o.toString();
        }
        if (o instanceof List<?>) {
            return v.asList(GraphQueries::plain);
        }
        return o;
    }
}

package org.saidgraph.query;

import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.saidgraph.graph.Graph;
import org.saidgraph.graph.Reads;
import org.saidgraph.query.cypher.CypherRefusal;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shortest connections between two entities, through who said what to and about whom, each in plain sentences
 * ({@link PathWords}), found by a search that reads a bounded part of the graph ({@link PathSearch}). Paths that differ only by twin statements (a paraphrase and the verbatim words it sums up)
 * or by which relationship joins the same two nodes are merged, so that the answer lists each connection once.
 */
@Service
public class PathQueries {

    public static final int MAX_HOPS = 10;
    public static final int DEFAULT_HOPS = 6;
    /**
     * Two much-quoted people can be joined by thousands of equally short paths; at most this many are enumerated
     * ({@link PathSearch}), so that their briefs, twins and merging cost a bounded amount per request. {@code total}
     * then counts the connections among them, a lower bound, and the answer says {@code truncated}.
     */
    public static final int MAX_PATHS = 200;

    private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(10);

    private final Graph graph;
    private final StatementCards cards;
    private final PathWords words = new PathWords(ActWords.shipped());
    private final PathSearch.Limits limits;

    @org.springframework.beans.factory.annotation.Autowired
    public PathQueries(Graph graph, StatementCards cards) {
        this(graph, cards, PathSearch.Limits.API);
    }

    /** With other limits on the search's work (tests reach them with small graphs). */
    PathQueries(Graph graph, StatementCards cards, PathSearch.Limits limits) {
        this.graph = graph;
        this.cards = cards;
        this.limits = limits;
    }

    public PathPage paths(String from, String to, Integer maxHops, Page.Request page) {
        if (from == null || from.isBlank()) {
            throw new BadParameterException("from", "is required: the id of a person, organization, territory or group");
        }
        if (to == null || to.isBlank()) {
            throw new BadParameterException("to", "is required: the id of a person, organization, territory or group");
        }
        int hops = maxHops == null ? DEFAULT_HOPS : maxHops;
        if (hops < 1 || hops > MAX_HOPS) {
            throw new BadParameterException("maxHops", "must be between 1 and " + MAX_HOPS + ", but was " + hops);
        }
        if (from.equals(to)) {
            throw new BadParameterException("to", "must differ from 'from'");
        }
        Searched searched;
        try {
            searched = graph.reads().read(TIMEOUT, tx -> search(tx, from, to, hops));
        } catch (Neo4jException e) {
            if (e.code() != null && e.code().contains("TransactionTimedOut")) {
                throw new CypherRefusal(CypherRefusal.Reason.TIMED_OUT, "finding the paths took longer than "
                        + TIMEOUT.toSeconds() + " s; give a smaller maxHops");
            }
            throw e;
        }
        List<RawPath> raw = searched.paths();
        Map<String, StatementBrief> briefs = briefs(raw);
        Map<String, String> twinGroups = twinGroups(briefs.values());
        List<MergedPath> merged = merge(raw, briefs, twinGroups);
        List<MergedPath> slice = merged.stream().skip(page.skip()).limit(page.size()).toList();
        Set<String> statementIds = new LinkedHashSet<>();
        slice.forEach(p -> p.nodes.forEach(n -> {
            if (n.isStatement()) {
                n.statements().forEach(b -> statementIds.add(b.id()));
            }
        }));
        Map<String, StatementView> views = cards.byIdMap(statementIds);
        List<PathView> paths = slice.stream().map(p -> view(p, views)).toList();
        return new PathPage(paths, page.page(), page.size(), merged.size(), searched.truncated(),
                searched.truncated());
    }

    /** The raw paths of a search, and whether a limit cut it. */
    private record Searched(List<RawPath> paths, boolean truncated) {
    }

    /** The bounded search (PathSearch), then the names, labels, types and properties of what it found. */
    private Searched search(Reads.Tx tx, String from, String to, int hops) {
        PathSearch.Result result = PathSearch.between(tx, from, to, hops, limits);
        if (result.paths().isEmpty()) {
            return new Searched(List.of(), result.truncated());
        }
        Value elements = tx.single("query/path-elements", new HashMap<>(PathSearch.elements(result.paths())));
        Map<String, Value> nodes = new HashMap<>();
        elements.get("nodes").asList(v -> v).forEach(n -> nodes.put(n.get("key").asString(), n));
        Map<String, Value> rels = new HashMap<>();
        elements.get("rels").asList(v -> v).forEach(r -> rels.put(r.get("key").asString(), r));
        List<RawPath> raw = result.paths().stream().map(p -> raw(p, nodes, rels)).toList();
        return new Searched(raw, result.truncated());
    }

    /** A path as the database returned it: its nodes and, for each step, the relationship taken. */
    private record RawPath(List<PathView.Item> items, List<PathWords.Link> links) {
    }

    /** Paths merged on the same sequence of nodes (twins counting as one): the statements and links of them all. */
    private final class MergedPath {
        final String key;
        final List<PathWords.Node> nodes;
        final List<List<PathWords.Link>> links;
        int variants = 1;
        String explanation;
        int paraphrasesOnly;

        MergedPath(String key, List<PathWords.Node> nodes, List<List<PathWords.Link>> links) {
            this.key = key;
            this.nodes = nodes;
            this.links = links;
        }

        void add(List<PathWords.Node> other, List<PathWords.Link> otherLinks) {
            variants++;
            for (int i = 0; i < nodes.size(); i++) {
                PathWords.Node n = nodes.get(i);
                if (n.isStatement()) {
                    List<StatementBrief> members = new ArrayList<>(n.statements());
                    other.get(i).statements().stream().filter(b -> !members.contains(b)).forEach(members::add);
                    members.sort(Comparator.comparingInt(StatementBrief::start).thenComparing(StatementBrief::id));
                    nodes.set(i, new PathWords.Node(null, List.copyOf(members)));
                }
            }
            for (int i = 0; i < links.size(); i++) {
                PathWords.Link link = otherLinks.get(i);
                List<PathWords.Link> step = links.get(i);
                if (step.stream().noneMatch(l -> l.type().equals(link.type()) && l.forward() == link.forward())) {
                    step.add(link);
                }
            }
        }

        void explain() {
            explanation = words.explain(nodes, links);
            paraphrasesOnly = (int) nodes.stream().filter(n -> n.isStatement()
                    && n.statements().stream().noneMatch(StatementBrief::quotable)).count();
        }
    }

    private static RawPath raw(PathSearch.Found found, Map<String, Value> nodes, Map<String, Value> rels) {
        List<PathView.Item> items = found.nodes().stream().map(key -> {
            Value n = nodes.get(key);
            List<String> labels = n.get("labels").asList(Value::asString);
            String type = labels.stream().filter(l -> !l.equals("Entity")).findFirst().orElse("node")
                    .toLowerCase(Locale.ROOT);
            return PathView.Item.entity(Rows.string(n, "id"), type, Rows.string(n, "name"));
        }).toList();
        List<PathWords.Link> links = new ArrayList<>();
        for (int i = 0; i < found.rels().size(); i++) {
            Value rel = rels.get(found.rels().get(i));
            links.add(new PathWords.Link(rel.get("type").asString(),
                    rel.get("start").asString().equals(found.nodes().get(i)), rel.get("properties").asMap()));
        }
        return new RawPath(items, links);
    }

    private Map<String, StatementBrief> briefs(List<RawPath> raw) {
        Set<String> ids = new LinkedHashSet<>();
        raw.forEach(p -> p.items().stream().filter(PathView.Item::isStatement).forEach(i -> ids.add(i.id())));
        Map<String, StatementBrief> briefs = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return briefs;
        }
        graph.reads().rows("query/statement-briefs", Map.of("ids", List.copyOf(ids)))
                .forEach(r -> briefs.put(r.get("id").asString(), new StatementBrief(
                r.get("id").asString(), r.get("text").asString(null),
                r.get("verbatim").asBoolean(false), r.get("act").asString(null), Rows.entity(r.get("speaker")),
                r.get("articleId").asString(null), r.get("start").asInt(0), r.get("end").asInt(0),
                r.get("evidence").asString(null), Rows.parts(r.get("parts"), r.get("text").asString(null)),
                partEvidence(r.get("parts"), r.get("start").asInt(0), r.get("evidence").asString(null)))));
        return briefs;
    }

    /**
     * The article's text at each part of a statement in parts, cut out of its evidence (which runs from the first
     * part's start to the last part's end, in the same UTF-16 offsets); null for a statement in one piece, and null
     * where a part falls outside the evidence, so that nothing of it is quoted.
     */
    static List<String> partEvidence(Value offsets, int start, String evidence) {
        if (offsets == null || offsets.isNull() || evidence == null) {
            return null;
        }
        List<Integer> at = offsets.asList(Value::asInt);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i + 1 < at.size(); i += 2) {
            int from = at.get(i) - start;
            int to = at.get(i + 1) - start;
            if (from < 0 || to < from || to > evidence.length()) {
                return null;
            }
            texts.add(evidence.substring(from, to));
        }
        return texts;
    }

    /** Each statement's twin group (paraphrase and verbatim words of one speaker over overlapping characters). */
    static Map<String, String> twinGroups(java.util.Collection<StatementBrief> briefs) {
        List<StatementBrief> all = new ArrayList<>(briefs);
        all.sort(Comparator.comparing(StatementBrief::id));
        Map<String, String> group = new HashMap<>();
        all.forEach(b -> group.put(b.id(), b.id()));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).twinOf(all.get(j))) {
                    String from = root(group, all.get(j).id());
                    String to = root(group, all.get(i).id());
                    if (!from.equals(to)) {
                        group.put(from.compareTo(to) < 0 ? to : from, from.compareTo(to) < 0 ? from : to);
                    }
                }
            }
        }
        Map<String, String> roots = new HashMap<>();
        group.keySet().forEach(id -> roots.put(id, root(group, id)));
        return roots;
    }

    private static String root(Map<String, String> group, String id) {
        String r = id;
        while (!group.get(r).equals(r)) {
            r = group.get(r);
        }
        return r;
    }

    private List<MergedPath> merge(List<RawPath> raw, Map<String, StatementBrief> briefs,
                                   Map<String, String> twinGroups) {
        Map<String, MergedPath> byKey = new LinkedHashMap<>();
        for (RawPath p : raw) {
            List<PathWords.Node> nodes = p.items().stream().map(i -> i.isStatement() && briefs.containsKey(i.id())
                    ? new PathWords.Node(null, List.of(briefs.get(i.id())))
                    : new PathWords.Node(i, null)).toList();
            String key = String.join("|", p.items().stream().map(i -> i.isStatement()
                    ? "statement:" + twinGroups.getOrDefault(i.id(), i.id()) : i.id()).toList());
            MergedPath m = byKey.get(key);
            if (m == null) {
                List<List<PathWords.Link>> links = new ArrayList<>();
                p.links().forEach(l -> links.add(new ArrayList<>(List.of(l))));
                byKey.put(key, new MergedPath(key, new ArrayList<>(nodes), links));
            } else {
                m.add(nodes, p.links());
            }
        }
        List<MergedPath> merged = new ArrayList<>(byKey.values());
        // Several relationships joining the same two nodes in type order, whatever order the search read them in.
        merged.forEach(m -> m.links.forEach(step -> step.sort(Comparator.comparing(PathWords.Link::type)
                .thenComparing(PathWords.Link::forward))));
        merged.forEach(MergedPath::explain);
        // Those quoting their speakers' own words first; then alphabetically, and by their nodes where two read alike,
        // so that pages are stable whatever order the search found the paths in.
        merged.sort(Comparator.comparingInt((MergedPath m) -> m.paraphrasesOnly).thenComparing(m -> m.explanation)
                .thenComparing(m -> m.key));
        return merged;
    }

    private PathView view(MergedPath p, Map<String, StatementView> views) {
        List<PathView.Item> items = new ArrayList<>();
        for (PathWords.Node n : p.nodes) {
            if (!n.isStatement()) {
                items.add(n.entity());
                continue;
            }
            // The step shows the verbatim words where the twins have them, and names the other twins.
            StatementBrief shown = n.statements().stream().filter(StatementBrief::quotable).findFirst()
                    .orElse(n.statements().get(0));
            List<String> twins = n.statements().stream().map(StatementBrief::id).filter(id -> !id.equals(shown.id()))
                    .toList();
            items.add(PathView.Item.statement(shown, twins));
        }
        List<PathView.Step> steps = new ArrayList<>();
        for (int i = 0; i < p.links.size(); i++) {
            List<PathWords.Link> links = p.links.get(i);
            PathWords.Link first = links.get(0);
            steps.add(new PathView.Step(items.get(i), first.type(), first.forward(), items.get(i + 1),
                    words.step(p.nodes.get(i), links, p.nodes.get(i + 1)),
                    links.subList(1, links.size()).stream().map(l -> new PathView.Link(l.type(), l.forward()))
                            .toList()));
        }
        List<StatementView> statements = p.nodes.stream().filter(PathWords.Node::isStatement)
                .flatMap(n -> n.statements().stream()).map(b -> views.get(b.id()))
                .filter(java.util.Objects::nonNull).toList();
        return new PathView(steps.size(), p.explanation, p.variants, steps, statements);
    }
}

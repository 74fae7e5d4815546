package org.saidgraph.query;

import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.saidgraph.graph.Graph;
import org.saidgraph.graph.Reads;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who said what: statements by speaker, by territory, by filter and full text, one in context, and threads. */
@Service
public class StatementQueries {

    private static final int MAX_Q_LENGTH = 1000;

    /**
     * With {@code q}, how many of the best full-text hits are read at most (as {@link SearchQueries#MAX_HITS}), the
     * other filters keeping those of them that match: a common word costs what a rare one does, {@code total} counts
     * at most this many, and pages beyond them are empty.
     */
    public static final int MAX_Q_HITS = SearchQueries.MAX_HITS;
    /**
     * How many statements each position group of {@link #positions} holds unless asked otherwise: enough to read
     * what each side said; a territory of a large corpus has thousands per position, and their cards were most of
     * the answer's cost (350 cards and 516 KB for Crimea's 7 positions at 50 each over 10,000 articles).
     */
    public static final int PER_POSITION = 10;
    /** The most statements a position group of {@link #positions} may be asked to hold. */
    public static final int MAX_PER_POSITION = 50;
    /** How many speakers each position group of {@link #positions} lists at most, the most frequent first. */
    public static final int SPEAKERS_PER_POSITION = 20;
    /** How many statements a thread holds at most. */
    public static final int MAX_THREAD = 500;
    /** At most this many values per list filter, so that one request cannot ask for everything by name. */
    public static final int MAX_VALUES = 50;

    private final Graph graph;
    private final StatementCards cards;
    private final Acts acts;

    public StatementQueries(Graph graph, StatementCards cards, Acts acts) {
        this.graph = graph;
        this.cards = cards;
        this.acts = acts;
    }

    /** What the person (or organization, or group) said, newest first, including what reached us through others. */
    public Page<StatementView> saidBy(EntityQueries.Kind kind, String id, Page.Request page) {
        return graph.reads().read(tx -> {
            Value r = EntityQueries.found(kind, id, tx.rows("query/person-statements",
                    Map.of("id", id, "skip", page.skip(), "limit", page.size()))); // 404 for an unknown id
            Page<String> ids = Rows.ids(r, page);
            return ids.with(cards.byIds(tx, ids.items()));
        });
    }

    /**
     * Who said what about the territory (and its parts or wholes, as the filter asks), newest first, with the
     * position each statement takes; with a {@code position}, only the statements taking it.
     */
    public Page<TerritoryStatement> aboutTerritory(String id, TerritoryFilter filter, Page.Request page) {
        Map<String, Object> params = territoryParams(id, filter);
        params.put("position", filter.position());
        params.put("skip", page.skip());
        params.put("limit", page.size());
        // Just the territory: a page read in index order, unless a statement mentions it twice (then no record).
        boolean alone = !filter.includeParts() && !filter.includeWholes() && filter.position() == null
                && !filter.firstHand();
        // Both queries answer no row for an unknown id, and the first the entity's labels: the 404 (an unknown id, or
        // one of another kind) costs no query of its own.
        Page<TerritoryStatement> answer = graph.reads().read(tx -> {
            List<Value> rows = alone ? tx.rows("query/mentioning-statements", params) : List.of();
            Value r = EntityQueries.found(EntityQueries.Kind.TERRITORY, id, rows.isEmpty()
                    ? tx.rows("query/territory-statements", params) : rows);
            Map<String, List<TerritoryStatement.TerritoryPosition>> positions = new LinkedHashMap<>();
            for (Value row : r.get("rows").values()) {
                positions.put(row.get("id").asString(), row.get("positions").asList(p -> new TerritoryStatement
                        .TerritoryPosition(Rows.string(p, "territory"), Rows.string(p, "position")))
                        .stream().filter(p -> p.position() != null).toList());
            }
            List<TerritoryStatement> items = cards.byIds(tx, positions.keySet()).stream()
                    .map(v -> new TerritoryStatement(positions.get(v.id()), v)).toList();
            return Rows.page(items, r, page);
        });
        if (filter.position() != null && answer.total() == 0) {
            requireKnownPosition(id, filter.position()); // only an empty answer can come from a typo
        }
        return answer;
    }

    /**
     * The positions taken on a territory (and its parts or wholes, as the filter asks), most-stated first, each
     * with its most frequent speakers, statements and whether they are first-hand or disputed; paged. A territory
     * alone is answered from its stances, counted at load time ({@code load/stances.cypher}), at a cost that does not
     * grow with its statements; with parts or wholes, from the stances of each territory in scope, less the statements
     * that take one position on two of them, which count once ({@code query/territory-positions-across}): exact, at a
     * cost bounded by the stances, their speakers and those few statements.
     */
    public Page<PositionGroup> positions(String id, TerritoryFilter filter, Page.Request page) {
        return positions(id, filter, page, PER_POSITION);
    }

    /** {@link #positions(String, TerritoryFilter, Page.Request)} with up to {@code perPosition} statements a group. */
    public Page<PositionGroup> positions(String id, TerritoryFilter filter, Page.Request page, int perPosition) {
        if (perPosition < 0 || perPosition > MAX_PER_POSITION) {
            throw new BadParameterException("statements", "must be between 0 and " + MAX_PER_POSITION
                    + " (statements listed per position), but was " + perPosition);
        }
        Map<String, Object> params = territoryParams(id, filter);
        params.put("skip", page.skip());
        params.put("limit", page.size());
        params.put("perPosition", perPosition);
        params.put("speakerLimit", SPEAKERS_PER_POSITION);
        return graph.reads().read(tx -> {
            // Each of these queries answers no row for an unknown territory: the 404 costs no query of its own.
            boolean across = (filter.includeParts() || filter.includeWholes())
                    && EntityQueries.found(EntityQueries.Kind.TERRITORY, id, tx.rows("query/territory-scope",
                            params)).get("territories").asLong() > 1;
            Value r = EntityQueries.found(EntityQueries.Kind.TERRITORY, id, tx.rows(across
                    ? "query/territory-positions-across" : "query/territory-positions", params));
            List<Value> groups = r.get("groups").asList(v -> v);
            Set<String> all = new HashSet<>();
            groups.forEach(g -> all.addAll(g.get("statements").asList(Value::asString)));
            // In the same transaction, which sees each commit as it lands (read committed): a statement that a
            // concurrent load replaced or deleted in between has no card and is left out of its group (the
            // reliability proof met it with 32 readers and 4 writers).
            Map<String, StatementView> views = cards.byIdMap(tx, all);
            List<PositionGroup> items = groups.stream().map(g -> {
                List<StatementView> statements = g.get("statements").asList(Value::asString).stream()
                        .map(views::get).filter(java.util.Objects::nonNull).toList();
                Map<String, StatementRef> disputedBy = new LinkedHashMap<>();
                statements.forEach(v -> v.disputedBy().forEach(d -> disputedBy.putIfAbsent(d.id(), d)));
                long firstHand = g.get("firstHandCount").asLong();
                long disputed = g.get("disputedCount").asLong();
                return new PositionGroup(g.get("position").asString(), Rows.entities(g.get("speakers")),
                        g.get("speakerCount").asLong(), Rows.entities(g.get("territories")),
                        g.get("statementCount").asLong(), firstHand > 0, firstHand, disputed > 0, disputed,
                        List.copyOf(disputedBy.values()), statements);
            }).toList();
            return Rows.page(items, r, page);
        });
    }

    private static Map<String, Object> territoryParams(String id, TerritoryFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("includeParts", filter.includeParts());
        params.put("includeWholes", filter.includeWholes());
        params.put("firstHand", filter.firstHand());
        return params;
    }

    /** A position no statement takes is a typo: say so, naming the positions taken on this territory. */
    private void requireKnownPosition(String territory, String position) {
        if (read("query/position-exists", Map.of("position", position)).get("exists").asBoolean()) {
            return;
        }
        List<String> here = read("query/territory-position-values", Map.of("id", territory)).get("positions")
                .asList(Value::asString);
        throw new BadParameterException("position", "no statement takes the position '" + position + "'"
                + (here.isEmpty() ? "; none is taken on '" + territory + "' or its parts"
                : "; positions taken on '" + territory + "' and its parts: " + String.join(", ", here)));
    }

    /**
     * Statements matching every filter given; with {@code q}, best full-text match first, else newest first. One query
     * answers the page and, before it, whether every id given names something (a 400 naming the parameter otherwise).
     */
    public Page<StatementView> find(StatementFilter filter, Page.Request page) {
        requireFew("speaker", filter.speakers());
        requireFew("mentions", filter.mentions());
        requireFew("addressedTo", filter.addressedTo());
        requireFew("repliesTo", filter.repliesTo());
        requireFew("article", filter.articles());
        if (filter.acts() != null) {
            List<String> unknown = filter.acts().stream().filter(a -> !acts.all().contains(a)).toList();
            if (!unknown.isEmpty()) {
                throw new BadParameterException("act", "unknown act " + quoted(unknown) + "; the acts are "
                        + String.join(", ", acts.all()));
            }
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new BadParameterException("from", "must not be after 'to', but " + filter.from() + " is after "
                    + filter.to());
        }
        if (filter.q() != null) {
            if (filter.q().isBlank()) {
                throw new BadParameterException("q", "must not be blank");
            }
            if (filter.q().length() > MAX_Q_LENGTH) {
                throw new BadParameterException("q", "must be at most " + MAX_Q_LENGTH + " characters");
            }
            FullTextQuery.check("q", filter.q());
        }
        String query = queryFor(filter);
        Map<String, Object> params = params(filter, page);
        try {
            // The ids given checked, the page of ids and their cards: one read transaction.
            return graph.reads().read(tx -> {
                Value r = filter.q() == null ? mentionsPage(tx, filter, page) : null;
                r = r != null ? r : tx.single(query, params);
                requireFound(r);
                Page<String> ids = Rows.ids(r, page);
                return ids.with(cards.byIds(tx, ids.items()));
            });
        } catch (ClientException e) {
            if (filter.q() != null) { // what the parser let through and the index still refused
                throw new BadParameterException("q", "is not a valid full-text query. The syntax: "
                        + FullTextQuery.SYNTAX);
            }
            throw e;
        }
    }

    /**
     * Which query answers the filter: statements-search with {@code q}; statements-by-speakers when speakers lead
     * (read in the speakers' index order; when articles are given too, an article's few statements lead instead);
     * statements-filter otherwise. (The filter by one mentioned entity alone asks mentioning-statements first.)
     */
    public static String queryFor(StatementFilter filter) {
        if (filter.q() != null) {
            return "query/statements-search";
        }
        return filter.speakers() != null && filter.articles() == null ? "query/statements-by-speakers"
                : "query/statements-filter";
    }

    /** The parameters of {@link #queryFor}'s query for this filter and page (each query reads those it needs). */
    public static Map<String, Object> params(StatementFilter filter, Page.Request page) {
        Map<String, Object> params = new HashMap<>();
        params.put("speakers", filter.speakers());
        params.put("mentions", filter.mentions());
        params.put("acts", filter.acts());
        params.put("verbatim", filter.verbatim());
        params.put("articles", filter.articles());
        params.put("addressedTo", filter.addressedTo());
        params.put("repliesTo", filter.repliesTo());
        params.put("firstHand", filter.firstHand());
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("entityChecks", entityChecks(filter));
        params.put("skip", page.skip());
        params.put("limit", page.size());
        params.put("q", filter.q());
        params.put("cap", filter.q() != null ? MAX_Q_HITS : Page.FILTER_COUNT_CAP);
        String[] bounds = sortKeyBounds(filter.from(), filter.to());
        params.put("lo", bounds[0]);
        params.put("hi", bounds[1]);
        params.put("filtered", filter.mentions() != null || filter.acts() != null || filter.verbatim() != null
                || filter.addressedTo() != null || filter.repliesTo() != null || filter.firstHand() != null
                || filter.from() != null || filter.to() != null);
        return params;
    }

    /** The entity parameters given, in the order their unknown ids are reported: {parameter, ids} each. */
    private static List<Map<String, Object>> entityChecks(StatementFilter filter) {
        List<Map<String, Object>> checks = new ArrayList<>();
        Map<String, List<String>> given = new LinkedHashMap<>();
        given.put("speaker", filter.speakers());
        given.put("mentions", filter.mentions());
        given.put("addressedTo", filter.addressedTo());
        given.put("repliesTo", filter.repliesTo());
        given.forEach((parameter, ids) -> {
            if (ids != null) {
                checks.add(Map.of("parameter", parameter, "ids", ids));
            }
        });
        return checks;
    }

    /**
     * The 400 for the first parameter some of whose ids name nothing, as the query found them ({@code missing}:
     * {parameter, id} in the order of {@link #entityChecks}, then the articles), listing that parameter's unknown ids.
     */
    private static void requireFound(Value r) {
        List<Value> missing = r.get("missing").isNull() ? List.of() : r.get("missing").asList(v -> v);
        if (missing.isEmpty()) { // (mentioning-statements.cypher answers no row for an unknown id instead)
            return;
        }
        String parameter = missing.get(0).get("parameter").asString();
        List<String> ids = missing.stream().filter(m -> m.get("parameter").asString().equals(parameter))
                .map(m -> m.get("id").asString()).toList();
        throw new UnknownIdException(parameter, "article".equals(parameter)
                ? "no article with id " + quoted(ids) + " (list them with /api/articles)"
                : "no person, organization, territory or group with id " + quoted(ids)
                + " (find ids with /api/search?q=)");
    }

    /**
     * The range of sort keys ({@code load/sort-keys.cypher}, {@code LoadPlan.sortKey}) of the statements made from
     * {@code from} to {@code to} (each may be null: open), as [lo, hi): a dated key is '0' and 99999999 - yyyymmdd on
     * 8 digits, so the days asked for are one run of keys, newest first; an undated key starts with '1' and is in the
     * range only when neither day is given.
     */
    static String[] sortKeyBounds(LocalDate from, LocalDate to) {
        String lo = to == null ? "" : "0" + newestFirst(to, 0);
        String hi = from != null ? "0" + newestFirst(from, 1) : to != null ? "1" : "~";
        return new String[]{lo, hi};
    }

    private static String newestFirst(LocalDate day, int plus) {
        int key = 99_999_999 - (day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth()) + plus;
        return String.format("%08d", key);
    }

    private static void requireFew(String parameter, List<String> values) {
        if (values != null && values.size() > MAX_VALUES) {
            throw new BadParameterException(parameter, "at most " + MAX_VALUES + " values, but " + values.size()
                    + " were given");
        }
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
    }

    /** A statement's thread as read: its ids and links, and the cards of its statements by id. */
    private record ThreadRead(Value thread, Map<String, StatementView> views) {
    }

    /** One statement in full context; throws {@link NotFoundException} for an unknown id. */
    public StatementView statement(String id) {
        List<StatementView> found = cards.byIds(List.of(id));
        if (found.isEmpty()) {
            throw new NotFoundException("statement", id);
        }
        return found.get(0);
    }

    /** The tree of replies and denials the statement belongs to. */
    public StatementThread thread(String id) {
        // The check, the thread's ids and links, and their cards: one read transaction.
        ThreadRead found = graph.reads().read(tx -> {
            if (!tx.single("query/statement-exists", Map.of("id", id)).get("exists").asBoolean()) {
                throw new NotFoundException("statement", id);
            }
            Value thread = tx.single("query/statement-thread", Map.of("id", id, "max", MAX_THREAD));
            return new ThreadRead(thread, cards.byIdMap(tx, thread.get("ids").asList(Value::asString)));
        });
        Value r = found.thread();
        Map<String, StatementView> views = found.views();
        Map<String, List<String[]>> children = new LinkedHashMap<>(); // parent -> [child, relation]
        Set<String> hasParent = new HashSet<>();
        for (Value link : r.get("links").values()) {
            String from = link.get("from").asString();
            String to = link.get("to").asString();
            String relation = "DENIES".equals(link.get("type").asString()) ? "denies" : "replies";
            children.computeIfAbsent(to, k -> new ArrayList<>()).add(new String[]{from, relation});
            hasParent.add(from);
        }
        // Replies in the order they were made: by date, then where the article prints them.
        Comparator<String> order = Comparator.comparing((String s) -> when(views.get(s)),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> views.get(s).source() == null ? "" : views.get(s).source().articleId(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(s -> views.get(s).source() == null ? Integer.MAX_VALUE : views.get(s).source().start());
        children.values().forEach(list -> list.sort(Comparator.comparing(c -> c[0], (x, y) ->
                views.containsKey(x) && views.containsKey(y) ? order.compare(x, y) : x.compareTo(y))));
        List<String> candidates = new ArrayList<>(views.keySet());
        candidates.sort(order);
        List<StatementThread.Node> roots = new ArrayList<>();
        for (String candidate : candidates) {
            if (!hasParent.contains(candidate)) {
                roots.add(node(candidate, null, id, views, children, new HashSet<>()));
            }
        }
        if (roots.isEmpty() && views.containsKey(id)) { // a cycle of replies: start at the statement asked about
            roots.add(node(id, null, id, views, children, new HashSet<>()));
        }
        return new StatementThread(id, views.size(), r.get("truncated").asBoolean(), roots);
    }

    /** When a statement was made: its date, else its article's; null when neither is known. */
    private static String when(StatementView v) {
        if (v.date() != null) {
            return v.date();
        }
        return v.source() == null ? null : v.source().published();
    }

    private StatementThread.Node node(String id, String relation, String focus, Map<String, StatementView> views,
                             Map<String, List<String[]>> children, Set<String> path) {
        path.add(id);
        List<StatementThread.Node> kids = new ArrayList<>();
        for (String[] child : children.getOrDefault(id, List.of())) {
            if (!path.contains(child[0]) && views.containsKey(child[0])) {
                kids.add(node(child[0], child[1], focus, views, children, path));
            }
        }
        path.remove(id);
        return new StatementThread.Node(relation, id.equals(focus), views.get(id), kids);
    }

    /**
     * The filter by one mentioned entity alone, read in index order (issue 9); null for every other combination, and
     * when the entity is unknown or one statement mentions it twice (then statements-filter.cypher answers).
     */
    private static Value mentionsPage(Reads.Tx tx, StatementFilter filter, Page.Request page) {
        boolean mentionsAlone = filter.speakers() == null && filter.mentions() != null && filter.mentions().size() == 1
                && filter.acts() == null && filter.verbatim() == null && filter.articles() == null
                && filter.addressedTo() == null && filter.repliesTo() == null && filter.firstHand() == null
                && filter.from() == null && filter.to() == null;
        if (!mentionsAlone) {
            return null;
        }
        List<Value> rows = tx.rows("query/mentioning-statements", Map.of("id", filter.mentions().get(0),
                "skip", page.skip(), "limit", page.size()));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private Value read(String query, Map<String, Object> params) {
        return graph.reads().single(query, params);
    }

}

package org.saidgraph.query;

import org.neo4j.driver.Value;
import org.saidgraph.graph.Graph;
import org.saidgraph.graph.Reads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Reads statements in full context ({@code cypher/query/statement-cards.cypher}); every statement answer uses it. */
@Component
public class StatementCards {

    private final Graph graph;
    /** Cards kept while the graph is unchanged (embedded database only); null: every card is read. */
    private final StatementCardCache cache;

    /** Every card read from the graph. */
    public StatementCards(Graph graph) {
        this(graph, (StatementCardCache) null);
    }

    /** Cards given from {@code cache} while the graph is unchanged; null reads every card. */
    public StatementCards(Graph graph, StatementCardCache cache) {
        this.graph = graph;
        this.cache = cache;
    }

    @Autowired
    StatementCards(Graph graph, ObjectProvider<StatementCardCache> cache) {
        this(graph, cache.getIfAvailable());
    }

    /** The statements with these ids, in the same order; ids that name no statement are left out. */
    public List<StatementView> byIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : graph.reads().read(tx -> byIds(tx, ids));
    }

    /**
     * {@link #byIds(Collection)} in a read transaction already open: a list answers its page of ids and their cards
     * in one transaction instead of two (issue 9: a transaction begun and closed fewer per page).
     */
    public List<StatementView> byIds(Reads.Tx tx, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (cache == null) {
            return read(tx, ids);
        }
        // The version is taken before anything is read: cards read now are kept only if it has not moved meanwhile.
        long version = cache.version();
        Map<String, StatementView> held = cache.get(version, ids);
        if (held.size() < new LinkedHashSet<>(ids).size()) {
            List<String> missing = ids.stream().filter(id -> !held.containsKey(id)).distinct().toList();
            List<StatementView> read = read(tx, missing);
            cache.put(version, read);
            Map<String, StatementView> all = new java.util.HashMap<>(held);
            read.forEach(card -> all.put(card.id(), card));
            return inOrder(ids, all);
        }
        return inOrder(ids, held);
    }

    /** The cards of {@code ids} in their order, as the query answers them (an id with no statement left out). */
    private static List<StatementView> inOrder(Collection<String> ids, Map<String, StatementView> cards) {
        List<StatementView> ordered = new ArrayList<>(ids.size());
        for (String id : ids) {
            StatementView card = cards.get(id);
            if (card != null) {
                ordered.add(card);
            }
        }
        return ordered;
    }

    private static List<StatementView> read(Reads.Tx tx, Collection<String> ids) {
        return tx.rows("query/statement-cards", Map.of("ids", List.copyOf(ids))).stream()
                .map(StatementCards::view).toList();
    }

    public Map<String, StatementView> byIdMap(Collection<String> ids) {
        return ids.isEmpty() ? new LinkedHashMap<>() : graph.reads().read(tx -> byIdMap(tx, ids));
    }

    /** {@link #byIdMap(Collection)} in a read transaction already open. */
    public Map<String, StatementView> byIdMap(Reads.Tx tx, Collection<String> ids) {
        Map<String, StatementView> map = new LinkedHashMap<>();
        byIds(tx, ids).forEach(v -> map.put(v.id(), v));
        return map;
    }

    static StatementView view(Value r) {
        Value s = r.get("statement");
        List<RelayStep> relays = new ArrayList<>();
        for (Value e : r.get("relayChain").values()) {
            relays.add(new RelayStep(e.get("hop").asInt(0), Rows.string(e, "id"), Rows.string(e, "name"),
                    Rows.string(e, "type")));
        }
        List<MentionView> mentions = r.get("mentions").asList(m -> new MentionView(Rows.string(m, "id"),
                Rows.string(m, "name"), Rows.string(m, "type"), Rows.string(m, "position")));
        return new StatementView(
                Rows.string(s, "id"),
                Rows.string(s, "text"),
                s.get("verbatim").asBoolean(false),
                Rows.string(s, "act"),
                Rows.string(s, "medium"),
                Rows.string(s, "date"),
                Rows.string(s, "dateSource"),
                s.get("confidence").isNull() ? null : s.get("confidence").asDouble(),
                Rows.string(s, "origin"),
                Rows.entity(r.get("speaker")),
                r.get("firstHand").asBoolean(),
                relays,
                !r.get("disputedBy").isEmpty(),
                Rows.statementRefs(r.get("disputedBy")),
                Rows.statementRefs(r.get("reports")),
                Rows.statementRefs(r.get("reportedIn")),
                Rows.statementRefs(r.get("respondsTo")),
                Rows.statementRefs(r.get("denies")),
                Rows.statementRefs(r.get("replies")),
                Rows.statementRefs(r.get("deniedBy")),
                Rows.entities(r.get("addressedTo")),
                mentions,
                source(r.get("source")),
                new StatementView.Counts(r.get("repliesCount").asLong(), r.get("deniedByCount").asLong(),
                        r.get("reportedInCount").asLong()),
                utterance(r.get("utterance")),
                Rows.parts(s.get("parts"), Rows.string(s, "text")));
    }

    private static UtteranceRef utterance(Value u) {
        if (u == null || u.isNull()) {
            return null;
        }
        return new UtteranceRef(Rows.string(u, "id"), Rows.string(u, "match"), u.get("occurrences").asLong(0),
                Rows.string(u, "firstSeen"), Rows.string(u, "lastSeen"), Rows.entities(u.get("outlets")));
    }

    private static Source source(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return new Source(Rows.string(v, "articleId"), Rows.string(v, "title"), Rows.string(v, "published"),
                v.get("start").asInt(), v.get("end").asInt(), Rows.string(v, "evidence"), Rows.string(v, "passage"));
    }
}

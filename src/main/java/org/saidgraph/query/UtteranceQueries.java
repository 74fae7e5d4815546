package org.saidgraph.query;

import org.neo4j.driver.Value;
import org.saidgraph.graph.Graph;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

/** Utterances: one with every occurrence, and what a speaker said counting each utterance once. */
@Service
public class UtteranceQueries {

    private final Graph graph;
    private final StatementCards cards;

    public UtteranceQueries(Graph graph, StatementCards cards) {
        this.graph = graph;
        this.cards = cards;
    }

    /** An utterance with a page of its occurrences, earliest first; {@link NotFoundException} for an unknown id. */
    public UtteranceDetail utterance(String id, Page.Request page) {
        List<Value> found = read("query/utterance", Map.of("id", id));
        if (found.isEmpty()) {
            throw new NotFoundException("utterance", id);
        }
        Value r = read("query/utterance-reports", Map.of("id", id, "skip", page.skip(), "limit", page.size()))
                .get(0);
        List<Value> rows = r.get("reports").asList(v -> v);
        Map<String, StatementView> views = cards.byIdMap(rows.stream().map(v -> v.get("statement").asString())
                .toList());
        // A statement a concurrent load deleted between the two reads has no card: its report is left out.
        List<UtteranceDetail.Report> reports = rows.stream()
                .filter(v -> views.containsKey(v.get("statement").asString()))
                .map(v -> new UtteranceDetail.Report(
                Rows.string(v, "match"), v.get("score").isNull() ? null : v.get("score").asDouble(),
                Rows.entity(v.get("outlet")), views.get(v.get("statement").asString()))).toList();
        Value u = found.get(0).get("utterance");
        return new UtteranceDetail(Rows.string(u, "id"), Rows.string(u, "text"), u.get("verbatim").asBoolean(false),
                Rows.entity(found.get(0).get("speaker")), Rows.string(u, "date"), Rows.string(u, "firstSeen"),
                Rows.string(u, "lastSeen"), u.get("occurrences").asLong(0), Rows.entities(found.get(0).get("outlets")),
                Rows.page(reports, r, page));
    }

    /**
     * What the entity said, each utterance once, newest first: the earliest occurrence of each, whose
     * {@code utterance} says how many occurrences there are and which outlets carried them.
     */
    public Page<StatementView> distinctSaidBy(EntityQueries.Kind kind, String id, Page.Request page) {
        return graph.reads().read(tx -> { // the page of ids and their cards in one read transaction
            Page<String> ids = Rows.ids(EntityQueries.found(kind, id, tx.rows("query/speaker-utterances",
                    Map.of("id", id, "cap", Page.COUNT_CAP, "skip", page.skip(), "limit", page.size()))),
                    page); // 404 for an unknown id
            return ids.with(cards.byIds(tx, ids.items()));
        });
    }

    private List<Value> read(String query, Map<String, Object> params) {
        return graph.reads().rows(query, params);
    }
}

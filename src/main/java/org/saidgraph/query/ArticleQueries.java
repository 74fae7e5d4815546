package org.saidgraph.query;

import org.neo4j.driver.Value;
import org.saidgraph.graph.Graph;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

/** The articles the graph was built from, with their text and the spans of their statements. */
@Service
public class ArticleQueries {

    private final Graph graph;

    public ArticleQueries(Graph graph) {
        this.graph = graph;
    }

    public Page<ArticleSummary> articles(Page.Request page) {
        Value r = graph.reads().single("query/articles", Map.of("skip", page.skip(), "limit", page.size()));
        List<ArticleSummary> items = r.get("articles").asList(a -> new ArticleSummary(Rows.string(a, "id"),
                Rows.string(a, "title"), Rows.string(a, "publisher"), Rows.string(a, "url"),
                Rows.string(a, "published"), Rows.string(a, "origin"), a.get("statements").asLong(),
                a.get("entities").asLong(), a.get("speakers").asLong()));
        return Rows.page(items, r, page);
    }

    public ArticleDetail article(String id) {
        List<Value> rows = graph.reads().rows("query/article", Map.of("id", id));
        if (rows.isEmpty()) {
            throw new NotFoundException("article", id);
        }
        Value r = rows.get(0);
        Value a = r.get("article");
        String text = a.get("text").asString("");
        List<ArticleDetail.Span> spans = r.get("statements").asList(s -> {
            int start = s.get("start").asInt();
            int end = s.get("end").asInt();
            String evidence = start >= 0 && end <= text.length() && start <= end ? text.substring(start, end) : null;
            return new ArticleDetail.Span(Rows.string(s, "id"), start, end, Rows.string(s, "act"),
                    s.get("verbatim").asBoolean(false), Rows.entity(s.get("speaker")), Rows.string(s, "text"),
                    evidence, Rows.parts(s.get("parts"), Rows.string(s, "text")));
        });
        return new ArticleDetail(Rows.string(a, "id"), Rows.string(a, "title"), Rows.string(a, "publisher"),
                Rows.string(a, "url"), Rows.string(a, "published"), Rows.string(a, "origin"),
                Rows.string(a, "sha256"), text, spans, Rows.entities(r.get("entities")));
    }
}

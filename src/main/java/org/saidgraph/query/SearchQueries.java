package org.saidgraph.query;

import org.neo4j.driver.Value;
import org.saidgraph.dataset.Passages;
import org.saidgraph.graph.Graph;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search by words: the people, organizations, territories and groups whose names match, and the articles whose text
 * matches, each article with the passages where the words occur and the offsets of those words. Scores are relative
 * to the best hit of their list (1.0), so that they can be compared and shown; the index's raw scores mean nothing
 * outside one query.
 */
@Service
public class SearchQueries {

    /**
     * How many of the best hits each list reads from its full-text index at most, so that a common word costs what a
     * rare one does: {@code total} counts at most this many, {@code totalIsLowerBound} says when there are more (the
     * index is asked for one more hit to know), and pages beyond them are empty. 200, a page of the largest size:
     * at a million statements, reading the 1,000 best hits was most of a search's cost: with 200 the article search
     * cost 2.4–2.8 ms of server CPU per query instead of 3.9–5.4, and {@code /api/statements?q=} 2.1–3.3 instead of
     * 6.3–8.2 (BENCHMARKS.md, session 13); below 200 little is left to save but Lucene's scoring of every match.
     */
    public static final int MAX_HITS = 200;

    /** How many passages each article hit shows at most. */
    public static final int PASSAGES_PER_ARTICLE = 5;

    private final Graph graph;

    public SearchQueries(Graph graph) {
        this.graph = graph;
    }

    public SearchResults search(String q, Page.Request page) {
        String lucene = EntityQueries.lucene(q);
        List<String> words = SearchWords.of(q);
        Map<String, Object> params = Map.of("lucene", lucene, "cap", MAX_HITS, "skip", page.skip(),
                "limit", page.size());
        Value entities = graph.reads().single("query/search-entities", params);
        Value articles = graph.reads().single("query/search-articles", params);
        double bestEntity = best(entities);
        List<SearchHit> hits = entities.get("hits").asList(h -> new SearchHit(Rows.string(h, "id"),
                Rows.string(h, "name"), Rows.string(h, "type"), relative(h.get("score"), bestEntity)));
        double bestArticle = best(articles);
        List<ArticleHit> articleHits = articles.get("hits").asList(a -> articleHit(a, bestArticle, words));
        return new SearchResults(hits, page.page(), page.size(), entities.get("total").asLong(),
                entities.get("totalIsLowerBound").asBoolean(), Rows.page(articleHits, articles, page));
    }

    private static ArticleHit articleHit(Value a, double best, List<String> words) {
        String text = a.get("text").asString("");
        // One passage per sentence with a matching word, each with all its matching words.
        Map<Integer, ArticleHit.Passage> passages = new LinkedHashMap<>();
        Map<Integer, List<ArticleHit.Highlight>> highlights = new LinkedHashMap<>();
        Map<Integer, Integer> ends = new LinkedHashMap<>();
        for (int[] match : SearchWords.find(text, 0, text.length(), words)) {
            int[] sentence = Passages.bounds(text, match[0], match[1]);
            highlights.computeIfAbsent(sentence[0], k -> new ArrayList<>())
                    .add(new ArticleHit.Highlight(match[0], match[1]));
            ends.put(sentence[0], sentence[1]);
        }
        highlights.forEach((start, marks) -> passages.put(start, new ArticleHit.Passage(start, ends.get(start),
                text.substring(start, ends.get(start)), List.copyOf(marks))));
        return new ArticleHit(Rows.string(a, "id"), Rows.string(a, "title"), Rows.string(a, "publisher"),
                Rows.string(a, "published"), relative(a.get("score"), best), passages.size(),
                passages.values().stream().limit(PASSAGES_PER_ARTICLE).toList());
    }

    private static double best(Value r) {
        return r.get("best").isNull() ? 1 : r.get("best").asDouble();
    }

    private static double relative(Value score, double best) {
        return best <= 0 ? 0 : Math.round(1000 * score.asDouble() / best) / 1000.0;
    }
}

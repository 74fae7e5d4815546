package org.saidgraph.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.graph.Cypher;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.load.DriverTransactions;
import org.saidgraph.support.TestGraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages read in index order (issue 9: person-statements, statements-by-speakers, mentioning-statements, over the
 * sort keys of load/sort-keys.cypher) list the same statements in the same order, with the same totals, as the
 * queries that order all of a hub's statements: over a graph with several articles on the same day (their ids one
 * the prefix of the other), statements dated in the text and by their article, undated articles, a relayed
 * statement, two speakers and positions on a territory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewestFirstPagesTest {

    /** person-statements.cypher before issue 9: every statement of the speaker, ordered whole. */
    private static final String ORDERED_WHOLE = """
            MATCH (e:Entity {id: $id})
            CALL (e) {
              MATCH (e)-[:SAID]->(s:Statement)
              OPTIONAL MATCH (s)-[src:SOURCED_FROM]->(a:Article)
              WITH s, coalesce(s.date, a.published) AS when, a.id AS article, src.start AS start
              ORDER BY when IS NULL, when DESC, article, start
              SKIP $skip LIMIT $limit
              RETURN collect(s.id) AS ids
            }
            RETURN COUNT { (e)-[:SAID]->() } AS total, ids""";

    private static final List<int[]> PAGES = List.of(new int[]{0, 100}, new int[]{0, 1}, new int[]{0, 3},
            new int[]{1, 2}, new int[]{3, 3}, new int[]{5, 4}, new int[]{9, 20}, new int[]{40, 5});

    TestGraph neo4j;

    @BeforeAll
    void load() {
        neo4j = TestGraph.shared();
        neo4j.clear();
        DatasetReader reader = new DatasetReader();
        DatasetLoader loader = new DatasetLoader(new DriverTransactions(neo4j.graph()), reader.mapper());
        // Two articles of the same day whose ids sort "b" before "b-art", one earlier, two without a date.
        loader.load("b-art", reader.read("b-art", json(article("b-art", "2024-03-01", 6, "2024-05-01"))));
        loader.load("b", reader.read("b", json(article("b", "2024-03-01", 5, null))));
        loader.load("a", reader.read("a", json(article("a", "2023-01-01", 4, "2024-03-01"))));
        loader.load("c", reader.read("c", json(article("c", null, 3, null))));
        loader.load("c-d", reader.read("c-d", json(article("c-d", null, 4, "2022-02-02"))));
    }

    @Test
    void aSpeakersPagesAreThoseOfTheWholeOrdering() {
        for (String speaker : List.of("ana-vell", "boris-kade", "chorus")) {
            List<String> all = page(ORDERED_WHOLE, Map.of("id", speaker), 0, 100).ids();
            assertThat(all).as(speaker).hasSizeGreaterThan(3);
            for (int[] p : PAGES) {
                assertThat(page(Cypher.query("query/person-statements"), Map.of("id", speaker), p[0], p[1]))
                        .as(speaker + " from " + p[0] + ", " + p[1])
                        .isEqualTo(page(ORDERED_WHOLE, Map.of("id", speaker), p[0], p[1]));
            }
        }
    }

    @Test
    void undatedStatementsComeLastAndSameDayArticlesInIdOrder() {
        List<String> all = page(Cypher.query("query/person-statements"), Map.of("id", "ana-vell"), 0, 100).ids();
        // ana-vell says statements 0 and 3 of each article (every third is hers, from the first).
        assertThat(all).containsExactly("b.s0", "b.s3", "b-art.s0", "b-art.s3", "a.s0", "a.s3", "c.s0", "c-d.s0",
                "c-d.s3");
    }

    @Test
    void theSpeakersFilterPagesAreThoseOfTheFilterThatOrdersAllItsCandidates() {
        for (List<String> speakers : List.of(List.of("ana-vell"), List.of("boris-kade", "chorus"),
                List.of("chorus", "ana-vell", "boris-kade"))) {
            for (int[] p : PAGES) {
                assertThat(page(Cypher.query("query/statements-by-speakers"), bySpeakers(filter("speakers", speakers),
                        org.saidgraph.query.Page.COUNT_CAP), p[0], p[1])).as(speakers + " from " + p[0] + ", " + p[1])
                        .isEqualTo(page(Cypher.query("query/statements-filter"), filter("speakers", speakers),
                                p[0], p[1]));
            }
        }
    }

    @Test
    void anEntitysMentionsPagesAreThoseOfTheTerritoryQueryAndTheFilter() {
        for (String entity : List.of("vellmark", "ana-vell")) {
            for (int[] p : PAGES) {
                Map<String, Object> params = new HashMap<>(Map.of("id", entity, "skip", p[0], "limit", p[1],
                        "includeParts", false, "includeWholes", false, "firstHand", false));
                params.put("position", null);
                Record fast = neo4j.run(Cypher.query("query/mentioning-statements"), params).get(0);
                String as = entity + " from " + p[0] + ", " + p[1];
                if (entity.equals("vellmark")) {
                    Record whole = neo4j.run(Cypher.query("query/territory-statements"), params).get(0);
                    assertThat(fast.get("total").asLong()).as(as).isEqualTo(whole.get("total").asLong());
                    assertThat(fast.get("rows").asList(Value::asObject)).as(as)
                            .isEqualTo(whole.get("rows").asList(Value::asObject));
                }
                assertThat(new Page(fast.get("total").asLong(), fast.get("ids").asList(Value::asString))).as(as)
                        .isEqualTo(page(Cypher.query("query/statements-filter"), filter("mentions", List.of(entity)),
                                p[0], p[1]));
            }
        }
        assertThat(page(Cypher.query("query/statements-filter"), filter("mentions", List.of("vellmark")), 0, 100)
                .ids()).hasSizeGreaterThan(5);
    }

    /**
     * With other filters beside the speakers, statements-by-speakers reads each speaker's statements in index order,
     * checks the filters on each and stops at the page (issue 9), and counts the matches up to a cap: the same pages as
     * the query that orders all the candidates (itself checked against the oracle below), the same total up to the
     * cap, and totalIsLowerBound exactly when there are more matches than the cap.
     */
    @Test
    void theSpeakerLedFilterPagesAreThoseOfTheFilterThatOrdersAllItsCandidatesAndItsTotalStopsAtTheCap() {
        List<Map<String, Object>> filters = new ArrayList<>();
        for (List<String> speakers : List.of(List.of("ana-vell"), List.of("boris-kade", "chorus"),
                List.of("chorus", "ana-vell", "boris-kade"))) {
            Map<String, Object> by = filter("speakers", speakers);
            filters.add(with(by, "acts", List.of("denial")));
            filters.add(with(by, "acts", List.of("claim", "denial")));
            filters.add(with(by, "verbatim", false));
            filters.add(with(by, "verbatim", true));
            filters.add(with(by, "firstHand", true));
            filters.add(with(by, "firstHand", false));
            filters.add(with(by, "mentions", List.of("vellmark")));
            filters.add(with(by, "mentions", List.of("vellmark", "ana-vell")));
            filters.add(with(by, "addressedTo", List.of("ana-vell")));
            filters.add(with(by, "repliesTo", List.of("ana-vell")));
            filters.add(with(by, "from", java.time.LocalDate.of(2024, 3, 1)));
            filters.add(with(by, "to", java.time.LocalDate.of(2024, 2, 29)));
            filters.add(with(with(by, "from", java.time.LocalDate.of(2023, 1, 1)), "to",
                    java.time.LocalDate.of(2024, 3, 1)));
            filters.add(with(with(by, "from", java.time.LocalDate.of(2024, 3, 2)), "to",
                    java.time.LocalDate.of(2024, 4, 30)));
            filters.add(with(with(by, "acts", List.of("claim")), "mentions", List.of("vellmark")));
        }
        int nonEmpty = 0;
        for (Map<String, Object> params : filters) {
            Page whole = page(Cypher.query("query/statements-filter"), params, 0, 100);
            nonEmpty += whole.total() > 0 ? 1 : 0;
            for (int[] p : PAGES) {
                List<String> expected = page(Cypher.query("query/statements-filter"), params, p[0], p[1]).ids();
                for (int cap : new int[]{org.saidgraph.query.Page.COUNT_CAP, 3, 1}) {
                    String as = params + " cap " + cap + " from " + p[0] + ", " + p[1];
                    Map<String, Object> all = new HashMap<>(bySpeakers(params, cap));
                    all.put("skip", p[0]);
                    all.put("limit", p[1]);
                    Record r = neo4j.run(Cypher.query("query/statements-by-speakers"), all).get(0);
                    assertThat(r.get("missing").asList()).as(as).isEmpty();
                    assertThat(r.get("ids").asList(Value::asString)).as(as).isEqualTo(expected);
                    assertThat(r.get("total").asLong()).as(as).isEqualTo(Math.min(whole.total(), cap));
                    assertThat(r.get("totalIsLowerBound").asBoolean()).as(as).isEqualTo(whole.total() > cap);
                }
            }
        }
        assertThat(nonEmpty).isGreaterThan(filters.size() * 3 / 4);
    }

    /** An unknown id in any parameter: the query names it (in the order the API reports them) and lists nothing. */
    @Test
    void theFilterQueriesNameTheIdsThatNameNothing() {
        Map<String, Object> params = with(with(filter("speakers", List.of("ana-vell", "nobody")), "mentions",
                List.of("vellmark", "nowhere")), "articles", List.of("b", "no-article"));
        List<Object> expected = List.of(Map.of("parameter", "speaker", "id", "nobody"),
                Map.of("parameter", "mentions", "id", "nowhere"), Map.of("parameter", "article", "id", "no-article"));
        for (String query : List.of("query/statements-by-speakers", "query/statements-filter")) {
            Map<String, Object> all = new HashMap<>(bySpeakers(params, org.saidgraph.query.Page.COUNT_CAP));
            all.put("skip", 0);
            all.put("limit", 20);
            Record r = neo4j.run(Cypher.query(query), all).get(0);
            assertThat(r.get("missing").asList()).as(query).isEqualTo(expected);
            assertThat(r.get("ids").isNull() || r.get("ids").asList().isEmpty()).as(query).isTrue();
        }
        Map<String, Object> known = new HashMap<>(bySpeakers(filter("speakers", List.of("ana-vell")),
                org.saidgraph.query.Page.COUNT_CAP));
        known.putAll(Map.of("skip", 0, "limit", 20));
        assertThat(neo4j.run(Cypher.query("query/statements-by-speakers"), known).get(0).get("missing").asList())
                .isEmpty();
    }

    /**
     * statements-filter and territory-statements order by the sort key and check mentions and relays without walking
     * beyond each candidate (issue 9); the queries before, which read every candidate's article to order them, are
     * the oracles: the same totals and pages for every filter combination they answer.
     */
    @Test
    void theFilterAndTheTerritoryListOrderedBySortKeyAnswerAsTheQueriesThatReadEachArticle() throws Exception {
        String filter = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/oracle/statements-filter.cypher"));
        String territory = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/oracle/territory-statements.cypher"));
        List<Map<String, Object>> filters = new ArrayList<>();
        filters.add(filter("speakers", List.of("ana-vell")));
        filters.add(with(filter("speakers", List.of("ana-vell", "boris-kade")), "verbatim", false));
        filters.add(with(filter("speakers", List.of("chorus", "ana-vell")), "mentions", List.of("vellmark")));
        filters.add(with(filter("speakers", List.of("ana-vell", "boris-kade")), "firstHand", true));
        filters.add(with(filter("speakers", List.of("ana-vell", "boris-kade")), "firstHand", false));
        filters.add(with(filter("mentions", List.of("vellmark")), "firstHand", true));
        filters.add(with(filter("mentions", List.of("vellmark", "ana-vell")), "acts", List.of("claim")));
        filters.add(with(filter("articles", List.of("b", "c-d")), "mentions", List.of("vellmark")));
        filters.add(with(filter("speakers", List.of("ana-vell", "chorus")), "articles", List.of("b", "c-d")));
        filters.add(with(with(filter("speakers", List.of("boris-kade")), "articles", List.of("b", "b-art", "a")),
                "addressedTo", List.of("ana-vell")));
        filters.add(with(with(filter("speakers", List.of("boris-kade")), "articles", List.of("b", "b-art")),
                "repliesTo", List.of("ana-vell")));
        filters.add(with(filter("addressedTo", List.of("ana-vell")), "acts", List.of("claim")));
        filters.add(with(filter("repliesTo", List.of("ana-vell")), "mentions", List.of("vellmark", "ana-vell")));
        filters.add(with(filter("speakers", List.of("boris-kade")), "from", java.time.LocalDate.of(2024, 3, 1)));
        filters.add(with(with(filter("mentions", List.of("vellmark")), "from", java.time.LocalDate.of(2022, 1, 1)),
                "to", java.time.LocalDate.of(2024, 3, 1)));
        filters.add(with(filter("speakers", null), "to", java.time.LocalDate.of(2023, 12, 31)));
        filters.add(filter("speakers", null));
        filters.add(with(filter("speakers", null), "firstHand", false));
        for (Map<String, Object> params : filters) {
            assertThat(page(filter, params, 0, 100).total()).as("%s", params).isPositive();
            for (int[] p : PAGES) {
                assertThat(page(Cypher.query("query/statements-filter"), params, p[0], p[1]))
                        .as(params + " from " + p[0] + ", " + p[1]).isEqualTo(page(filter, params, p[0], p[1]));
            }
        }
        for (boolean firstHand : new boolean[]{false, true}) {
            for (String position : new String[]{null, "remain-russian"}) {
                for (int[] p : PAGES) {
                    Map<String, Object> params = new HashMap<>(Map.of("id", "vellmark", "skip", p[0], "limit", p[1],
                            "includeParts", true, "includeWholes", true, "firstHand", firstHand));
                    params.put("position", position);
                    Record expected = neo4j.run(territory, params).get(0);
                    Record actual = neo4j.run(Cypher.query("query/territory-statements"), params).get(0);
                    String as = params.toString();
                    assertThat(expected.get("total").asLong()).as(as).isPositive();
                    assertThat(actual.get("total").asLong()).as(as).isEqualTo(expected.get("total").asLong());
                    assertThat(actual.get("rows").asList(Value::asObject)).as(as)
                            .isEqualTo(expected.get("rows").asList(Value::asObject));
                }
            }
        }
    }

    private static Map<String, Object> with(Map<String, Object> params, String name, Object value) {
        Map<String, Object> more = new HashMap<>(params);
        more.put(name, value);
        return more;
    }

    @Test
    void anEntityOneStatementMentionsTwiceIsLeftToTheQueryThatGroupsByStatement() {
        neo4j.run("""
                MATCH (s:Statement {id: 'a.s1'}), (t:Territory {id: 'vellmark'})
                CREATE (s)-[:MENTIONS {position: 'hold', entity: t.id, sortKey: s.sortKey}]->(t)
                SET t.repeatedMentions = true""");
        try {
            assertThat(neo4j.run(Cypher.query("query/mentioning-statements"), Map.of("id", "vellmark", "skip", 0,
                    "limit", 20))).isEmpty();
        } finally {
            neo4j.run("""
                    MATCH (:Statement {id: 'a.s1'})-[m:MENTIONS {position: 'hold'}]->(t:Territory {id: 'vellmark'})
                    DELETE m REMOVE t.repeatedMentions""");
        }
    }

    private record Page(long total, List<String> ids) {
    }

    private Page page(String query, Map<String, Object> params, int skip, int limit) {
        Map<String, Object> all = new HashMap<>(params);
        all.putIfAbsent("entityChecks", List.of());
        all.put("skip", skip);
        all.put("limit", limit);
        Record r = neo4j.run(query, all).get(0);
        return new Page(r.get("total").asLong(), r.get("ids").asList(Value::asString));
    }

    /**
     * The parameters of statements-by-speakers.cypher (and statements-filter.cypher) for these filters, as
     * StatementQueries gives them: the ids to check, the sort key range of the dates, whether anything but the speakers
     * filters, the cap of the count.
     */
    private static Map<String, Object> bySpeakers(Map<String, Object> filter, int cap) {
        Map<String, Object> params = new HashMap<>(filter);
        List<Map<String, Object>> checks = new ArrayList<>();
        for (String[] p : new String[][]{{"speaker", "speakers"}, {"mentions", "mentions"},
                {"addressedTo", "addressedTo"}, {"repliesTo", "repliesTo"}}) {
            if (filter.get(p[1]) != null) {
                checks.add(Map.of("parameter", p[0], "ids", filter.get(p[1])));
            }
        }
        params.put("entityChecks", checks);
        String[] bounds = StatementQueries.sortKeyBounds((java.time.LocalDate) filter.get("from"),
                (java.time.LocalDate) filter.get("to"));
        params.put("lo", bounds[0]);
        params.put("hi", bounds[1]);
        params.put("filtered", filter.entrySet().stream().anyMatch(e -> !e.getKey().equals("speakers")
                && e.getValue() != null));
        params.put("cap", cap);
        return params;
    }

    /** The parameters of statements-filter.cypher with one filter given. */
    private static Map<String, Object> filter(String name, List<String> values) {
        Map<String, Object> params = new HashMap<>();
        for (String key : List.of("speakers", "mentions", "acts", "verbatim", "articles", "addressedTo", "repliesTo",
                "firstHand", "from", "to")) {
            params.put(key, null);
        }
        params.put(name, values);
        return params;
    }

    /**
     * An article of {@code count} sentences, each a paraphrased statement over its sentence, said in turn by
     * ana-vell, boris-kade and chorus (a group); each second one mentions vellmark (every fourth with a position),
     * each fifth ana-vell; each fourth from the fourth is a denial, the others claims; the second and each fourth
     * after it are addressed to ana-vell; statement 2 is dated {@code dated} in the text, statement 1 is relayed by
     * ana-vell, statement 4 replies to statement 0.
     */
    private static Map<String, Object> article(String id, String published, int count, String dated) {
        StringBuilder text = new StringBuilder();
        List<Map<String, Object>> statements = new ArrayList<>();
        String[] speakers = {"ana-vell", "boris-kade", "chorus"};
        for (int i = 0; i < count; i++) {
            String sentence = "Sentence " + i + " of " + id + " reports what was said.";
            int start = text.length();
            text.append(sentence).append(' ');
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", id + ".s" + i);
            s.put("text", "what was said in sentence " + i);
            s.put("verbatim", false);
            s.put("act", i % 4 == 3 ? "denial" : "claim");
            s.put("speaker", speakers[i % 3]);
            s.put("span", Map.of("start", start, "end", start + sentence.length()));
            List<Map<String, Object>> mentions = new ArrayList<>();
            if (i % 2 == 0) {
                mentions.add(i % 4 == 0 ? Map.of("entity", "vellmark", "position", "remain-russian")
                        : Map.of("entity", "vellmark"));
            }
            if (i % 5 == 4) {
                mentions.add(Map.of("entity", "ana-vell"));
            }
            s.put("mentions", mentions);
            if (i == 2 && dated != null) {
                s.put("date", dated);
            }
            if (i == 1) {
                s.put("reportedBy", List.of("ana-vell"));
            }
            if (i % 4 == 1) {
                s.put("addressedTo", List.of("ana-vell"));
            }
            if (i == 4) {
                s.put("respondsTo", List.of(id + ".s0"));
            }
            statements.add(s);
        }
        Map<String, Object> article = new LinkedHashMap<>(Map.of("id", id, "title", "Article " + id,
                "text", text.toString().strip()));
        if (published != null) {
            article.put("published", published);
        }
        return Map.of("formatVersion", 1, "origin", "curated", "article", article,
                "entities", List.of(
                        Map.of("type", "person", "id", "ana-vell", "name", "Ana Vell"),
                        Map.of("type", "person", "id", "boris-kade", "name", "Boris Kade"),
                        Map.of("type", "group", "id", "chorus", "name", "A chorus"),
                        Map.of("type", "territory", "id", "vellmark", "name", "Vellmark", "kind", "region")),
                "statements", statements);
    }

    static byte[] json(Map<String, Object> dataset) {
        try {
            return new ObjectMapper().writeValueAsBytes(dataset);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.saidgraph.query;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.saidgraph.dataset.Article;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.graph.Cypher;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.support.MixedCorpus;
import org.saidgraph.support.SelkaCorpus;
import org.saidgraph.support.TestGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outlets the loader keeps on each utterance (Utterance.outlets) stay those the graph's own relationships give
 * (every occurrence's article and the outlet that published it) while articles are republished by another outlet,
 * by a new one or by none, deleted and loaded again; and the statement cards and an utterance's detail, which read
 * them, answer what walking those relationships answered (the cards' oracle, src/test/resources/oracle/).
 */
class UtteranceOutletsTest {

    private static final String ORACLE = "src/test/resources/oracle/statement-cards.cypher";

    /** Each utterance's outlets as its occurrences' articles give them: ids, each once, in id order. */
    private static final String WALKED = """
            MATCH (u:Utterance)
            RETURN u.id AS id, COLLECT {
              MATCH (u)<-[:OCCURRENCE_OF]-(:Statement)-[:SOURCED_FROM]->(:Article)-[:PUBLISHED_BY]->(o:Organization)
              WITH DISTINCT o.id AS outlet
              RETURN outlet ORDER BY outlet
            } AS outlets
            ORDER BY id""";

    private final TestGraph neo4j = TestGraph.shared();
    private final DatasetReader reader = new DatasetReader();
    private DatasetLoader loader;

    @BeforeEach
    void load() {
        MixedCorpus.load(neo4j);
        loader = new DatasetLoader(neo4j.graph(), reader.mapper());
    }

    @Test
    void outletsStayWhatTheArticlesGiveAsArticlesAreRepublishedDeletedAndLoadedAgain() throws IOException {
        assertKeptOutletsAreWalked();
        assertThat(outletsOf("selka-02-kestrel.brandt-selka-always-dravian"))
                .containsExactly("kestrel-news-agency", "morning-dispatch", "the-dravian-courier",
                        "the-harbour-ledger");

        // Republished by an outlet that carries the words already: Kestrel is gone from the utterance.
        republish("selka-02-kestrel", "Morning Dispatch");
        assertKeptOutletsAreWalked();
        assertThat(outletsOf("selka-02-kestrel.brandt-selka-always-dravian"))
                .containsExactly("morning-dispatch", "the-dravian-courier", "the-harbour-ledger");

        // By a new outlet, and by none.
        republish("selka-05-dravian-courier", "Selka Evening Post");
        republish("selka-03-morning-dispatch", null);
        assertKeptOutletsAreWalked();
        assertThat(outletsOf("selka-02-kestrel.brandt-selka-always-dravian"))
                .containsExactly("morning-dispatch", "selka-evening-post", "the-harbour-ledger");

        // Deleted: the Harbour Ledger carried these words only there.
        assertThat(loader.delete("selka-01-harbour-ledger")).isTrue();
        assertKeptOutletsAreWalked();
        assertThat(outletsOf("selka-02-kestrel.brandt-selka-always-dravian"))
                .containsExactly("morning-dispatch", "selka-evening-post");

        // Loaded again as they were first (written again: the notes differ); then generated articles that carry
        // words other outlets carried too are deleted.
        for (String article : List.of("selka-01-harbour-ledger", "selka-02-kestrel", "selka-03-morning-dispatch",
                "selka-05-dravian-courier")) {
            Dataset d = SelkaCorpus.dataset(reader, article);
            loader.load(article, new Dataset(d.schema(), d.formatVersion(), d.origin(), "loaded again", d.article(),
                    d.entities(), d.statements()));
        }
        assertKeptOutletsAreWalked();
        assertThat(outletsOf("selka-02-kestrel.brandt-selka-always-dravian"))
                .containsExactly("kestrel-news-agency", "morning-dispatch", "the-dravian-courier",
                        "the-harbour-ledger");
        List<String> carriedWidely = neo4j.run("""
                MATCH (u:Utterance) WHERE size(u.outlets) > 1
                MATCH (u)<-[:OCCURRENCE_OF]-(:Statement)-[:SOURCED_FROM]->(a:Article)
                WHERE NOT a.id STARTS WITH 'selka-'
                RETURN DISTINCT a.id AS id ORDER BY id LIMIT 5""").stream().map(r -> r.get("id").asString()).toList();
        assertThat(carriedWidely).isNotEmpty();
        carriedWidely.forEach(id -> assertThat(loader.delete(id)).isTrue());
        assertKeptOutletsAreWalked();

        assertEveryCardIsTheOracles();
    }

    private void republish(String articleId, String publisher) {
        Dataset d = SelkaCorpus.dataset(reader, articleId);
        Article a = d.article();
        loader.load(articleId, new Dataset(d.schema(), d.formatVersion(), d.origin(), d.notes(),
                new Article(a.id(), a.title(), publisher, a.url(), a.published(), a.text()), d.entities(),
                d.statements()));
    }

    private List<String> outletsOf(String statementId) {
        return neo4j.run("MATCH (:Statement {id: $id})-[:OCCURRENCE_OF]->(u:Utterance) RETURN u.outlets AS outlets",
                Map.of("id", statementId)).get(0).get("outlets").asList(v -> v.asString());
    }

    /**
     * Every utterance keeps the outlets its occurrences' articles give, and its detail (query/utterance.cypher) lists
     * them by name.
     */
    private void assertKeptOutletsAreWalked() {
        List<String> kept = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        neo4j.run("MATCH (u:Utterance) RETURN u.id AS id, u.outlets AS outlets ORDER BY id")
                .forEach(r -> kept.add(r.get("id").asString() + " " + r.get("outlets").asList(v -> v.asString())));
        neo4j.run(WALKED).forEach(r -> walked.add(r.get("id").asString() + " "
                + r.get("outlets").asList(v -> v.asString())));
        assertThat(kept).hasSizeGreaterThan(1000).isEqualTo(walked);
        for (Record r : neo4j.run("MATCH (u:Utterance) WHERE size(u.outlets) > 1 RETURN u.id AS id")) {
            String id = r.get("id").asString();
            List<Object> names = neo4j.run(Cypher.query("query/utterance"), Map.of("id", id)).get(0).get("outlets")
                    .asList(o -> o.get("name").asString());
            List<Object> byName = neo4j.run("""
                    MATCH (:Utterance {id: $id})<-[:OCCURRENCE_OF]-()-[:SOURCED_FROM]->()-[:PUBLISHED_BY]->(o)
                    WITH DISTINCT o
                    RETURN o.name AS name ORDER BY o.name, o.id""", Map.of("id", id)).stream()
                    .map(n -> (Object) n.get("name").asString()).toList();
            assertThat(names).as("outlets of %s", id).isEqualTo(byName);
        }
    }

    private void assertEveryCardIsTheOracles() throws IOException {
        String oracle = Files.readString(Path.of(ORACLE));
        List<String> ids = neo4j.run("MATCH (s:Statement) RETURN s.id AS id ORDER BY id").stream()
                .map(r -> r.get("id").asString()).toList();
        for (int from = 0; from < ids.size(); from += 100) {
            Map<String, Object> params = Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 100)));
            assertThat(neo4j.run(Cypher.query("query/statement-cards"), params).stream().map(Record::asMap).toList())
                    .as("cards of %s", params.get("ids"))
                    .isEqualTo(neo4j.run(oracle, params).stream().map(Record::asMap).toList());
        }
    }
}

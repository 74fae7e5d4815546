package org.saidgraph.load;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.support.SelkaCorpus;
import org.saidgraph.support.TestGraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading, re-loading, editing and deleting articles of the Selka test corpus leaves exactly the utterances that
 * loading the resulting set of articles afresh makes.
 */
class CorpusChangesTest {

    static TestGraph neo4j;
    static DatasetReader reader;
    DatasetLoader loader;

    @BeforeAll
    static void startNeo4j() {
        neo4j = TestGraph.shared();
        reader = new DatasetReader();
    }

    /** The loader under test: through the driver, which asks the full-text index for every committed statement. */
    DatasetLoader newLoader() {
        return new DatasetLoader(neo4j.graph(), reader.mapper());
    }

    /** An empty graph and a new loader over it, as a new process would have (it marks the graph's format). */
    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
        loader = newLoader();
    }

    void load(List<Dataset> datasets) {
        datasets.forEach(d -> loader.load(d.article().id(), d));
    }

    @Test
    void loadingTheArticlesInAnotherOrderMakesTheSameUtterances() {
        List<Dataset> datasets = new ArrayList<>(SelkaCorpus.datasets(reader));
        load(datasets);
        List<String> forward = CorpusLinksTest.utterances(neo4j);

        emptyGraph();
        Collections.reverse(datasets);
        load(datasets);

        assertThat(CorpusLinksTest.utterances(neo4j)).isEqualTo(forward);
    }

    @Test
    void loadingTheCorpusAsOneBatchMakesTheSameUtterancesAndOutletsAsOneArticleAtATime() {
        List<Dataset> datasets = SelkaCorpus.datasets(reader);
        load(datasets);
        List<String> oneByOne = CorpusLinksTest.utterances(neo4j);
        List<String> outlets = outlets();

        emptyGraph();
        DatasetLoader.Batch batch = loader.load(datasets.stream()
                .map(d -> loader.prepare(d.article().id(), d, null)).toList());

        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.transactions()).as("the ten articles in one transaction").isEqualTo(1);
        assertThat(CorpusLinksTest.utterances(neo4j)).isEqualTo(oneByOne);
        assertThat(outlets()).isEqualTo(outlets).hasSize(10);

        // A batch that loads two of them again (their notes changed, so they are written again) leaves the same.
        List<Dataset> again = List.of(SelkaCorpus.dataset(reader, "selka-02-kestrel"),
                SelkaCorpus.dataset(reader, "selka-08-civic-wire"));
        loader.load(again.stream().map(d -> loader.prepare("again", new Dataset(d.schema(), d.formatVersion(),
                d.origin(), "loaded again", d.article(), d.entities(), d.statements()), null)).toList());
        assertThat(CorpusLinksTest.utterances(neo4j)).isEqualTo(oneByOne);
    }

    private List<String> outlets() {
        return neo4j.run("MATCH (a:Article)-[:PUBLISHED_BY]->(o:Organization) RETURN a.id + ' ' + o.id AS line "
                + "ORDER BY line").stream().map(r -> r.get("line").asString()).toList();
    }

    @Test
    void deletingAnArticleLeavesTheGraphAsIfItHadNeverBeenLoaded() {
        List<Dataset> all = SelkaCorpus.datasets(reader);
        String removed = "selka-01-harbour-ledger";
        load(all.stream().filter(d -> !d.article().id().equals(removed)).toList());
        List<String> without = neo4j.snapshot();

        emptyGraph();
        load(all);
        assertThat(loader.delete(removed)).isTrue();

        assertThat(neo4j.snapshot()).isEqualTo(without);
        // Without the first article, the Brandt utterance keeps its three other reports and takes the text of the
        // longest remaining quotation (the Dravian Courier's, with a dash for the full stop).
        assertThat(neo4j.run("""
                MATCH (:Statement {id: 'selka-02-kestrel.brandt-selka-always-dravian'})-[:OCCURRENCE_OF]->(u)
                RETURN u.occurrences AS n, u.text AS text""").get(0).asMap()).isEqualTo(java.util.Map.of("n", 3L,
                "text", "Selka has always been Dravian — the vote on Sunday showed what its people want, and Dravia "
                        + "will respect it."));
    }

    @Test
    void anEditedArticleOnlyChangesTheUtterancesItsStatementsBelongTo() {
        List<Dataset> all = SelkaCorpus.datasets(reader);
        load(all);
        Dataset tenth = SelkaCorpus.dataset(reader, "selka-10-morning-dispatch");
        Dataset withoutCut = new Dataset(tenth.schema(), tenth.formatVersion(), tenth.origin(), tenth.article(),
                tenth.entities(), tenth.statements().stream()
                .filter(s -> !s.id().endsWith(".brandt-ready-to-discuss")).toList());

        loader.load("edited", withoutCut);
        List<String> edited = neo4j.snapshot();
        emptyGraph();
        load(all.subList(0, 9));
        loader.load("edited", withoutCut);

        assertThat(edited).isEqualTo(neo4j.snapshot());
        assertThat(neo4j.run("""
                MATCH (:Statement {id: 'selka-09-harbour-ledger.brandt-ready-to-discuss'})-[:OCCURRENCE_OF]->(u)
                RETURN u.occurrences AS n""").get(0).get("n").asLong()).isEqualTo(1);
    }

    // Two reports of Ana Vel, each naming one territory, and her quotation naming both: each report alone matches the
    // quotation (reported speech may name fewer of its entities), but they say different things.
    private static final String BOTH = "Lenk and Varo should accept permanent neutrality, guaranteed by their "
            + "neighbours";

    private static Dataset vel(String article, String published, String quotation, String reported, String territory) {
        String text = "Ana Vel said " + reported + "." + (quotation == null ? "" : " \"" + quotation + ",\" Vel said.");
        int start = "Ana Vel said ".length();
        String statements = """
                {"id": "%s.report", "text": "%s", "verbatim": false, "act": "proposal", "speaker": "ana-vel",
                 "span": {"start": %d, "end": %d}, "mentions": [{"entity": "%s"}]}"""
                .formatted(article, reported, start, start + reported.length(), territory);
        if (quotation != null) {
            int q = text.indexOf(quotation);
            statements += """
                    , {"id": "%s.quote", "text": "%s", "verbatim": true, "act": "proposal", "speaker": "ana-vel",
                     "span": {"start": %d, "end": %d}, "mentions": [{"entity": "lenk"}, {"entity": "varo"}]}"""
                    .formatted(article, quotation, q, q + quotation.length());
        }
        String json = """
                {"formatVersion": 1, "origin": "curated",
                 "article": {"id": "%s", "title": "Vel on neutrality", "publisher": "Test Wire", "published": "%s",
                             "text": "%s"},
                 "entities": [{"type": "person", "id": "ana-vel", "name": "Ana Vel", "aliases": ["Vel"]},
                              {"type": "territory", "id": "lenk", "name": "Lenk", "kind": "region"},
                              {"type": "territory", "id": "varo", "name": "Varo", "kind": "region"}],
                 "statements": [%s]}""".formatted(article, published, text.replace("\"", "\\\""), statements);
        return reader.read(article, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The utterance of each statement, by statement id. */
    private static java.util.Map<String, String> utteranceOf() {
        java.util.Map<String, String> of = new java.util.TreeMap<>();
        neo4j.run("MATCH (s:Statement)-[:OCCURRENCE_OF]->(u:Utterance) RETURN s.id AS s, u.id AS u")
                .forEach(r -> of.put(r.get("s").asString(), r.get("u").asString()));
        return of;
    }

    @Test
    void twoReportsThatSayDifferentThingsAreNeverOneUtteranceThroughAQuotationThatNamesBoth() {
        Dataset lenk = vel("vel-lenk", "2025-04-01", BOTH, "Lenk should accept permanent neutrality, guaranteed by "
                + "its neighbours", "lenk");
        Dataset varo = vel("vel-varo", "2025-04-02", null, "Varo should accept permanent neutrality, guaranteed by "
                + "its neighbours", "varo");

        for (List<Dataset> order : List.of(List.of(lenk, varo), List.of(varo, lenk))) {
            emptyGraph();
            load(order);
            java.util.Map<String, String> of = utteranceOf();
            assertThat(of).as("loaded %s", order.stream().map(d -> d.article().id()).toList()).hasSize(3);
            assertThat(of.get("vel-lenk.report")).as("loaded first: %s", order.get(0).article().id())
                    .isNotEqualTo(of.get("vel-varo.report"));
            assertThat(of.get("vel-lenk.quote")).isIn(of.get("vel-lenk.report"), of.get("vel-varo.report"));
            assertThat(neo4j.count("(:Utterance)")).isEqualTo(2);

            // Loading either again changes nothing.
            load(List.of(order.get(1)));
            load(List.of(order.get(0)));
            assertThat(utteranceOf()).isEqualTo(of);
        }
    }
}

package org.saidgraph.load;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.support.Seed;
import org.saidgraph.support.SelkaCorpus;
import org.saidgraph.support.TestGraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Utterances, dates and outlets across the articles of the Selka test corpus and the seed, loaded through the real
 * loader into a real Neo4j.
 */
class CorpusLinksTest {

    private static TestGraph neo4j;
    private static DatasetReader reader;
    private static DatasetLoader loader;

    /**
     * The utterances the ten articles must make: the statements of each (article number and statement slug) with how
     * each matches the utterance's text. Every other statement is an utterance of its own.
     */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "Brandt: Selka has always been Dravian", List.of(
                    "01.brandt-selka-always-dravian exact", "02.brandt-selka-always-dravian contained",
                    "03.brandt-dravia-would-respect paraphrase", "05.brandt-selka-always-dravian normalised"),
            "Ilves: the vote was theft", List.of(
                    "01.ilves-vote-was-theft exact", "02.ilves-guns-of-soldiers paraphrase",
                    "03.ilves-no-country-should-recognise contained", "06.ilves-vote-was-theft exact"),
            "Vasseur: vote again under the Council", List.of(
                    "02.vasseur-vote-under-council exact", "06.vasseur-vote-under-council paraphrase"),
            "Brandt: no soldier near the polls", List.of(
                    "04.brandt-no-soldier-near-polls exact", "05.brandt-denies-soldiers paraphrase"),
            "Ilves: Orvania will accept the result", List.of(
                    "07.ilves-will-accept-result exact", "08.ilves-will-accept-result contained",
                    "09.ilves-would-accept-result paraphrase"),
            "Sørby: peace, not another vote", List.of(
                    "08.sorby-peace-not-vote exact", "10.sorby-city-wants-peace paraphrase"),
            "Brandt: ready to discuss a second vote", List.of(
                    "09.brandt-ready-to-discuss exact", "10.brandt-ready-to-discuss contained"));

    @BeforeAll
    static void startNeo4j() {
        neo4j = TestGraph.start();
        reader = new DatasetReader();
        loader = new DatasetLoader(neo4j.graph(), reader.mapper());
    }

    @AfterAll
    static void stopNeo4j() {
        neo4j.close();
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
    }

    private static void load(List<Dataset> datasets) {
        datasets.forEach(d -> loader.load(d.article().id(), d));
    }

    /** Each utterance with more than one occurrence as its members ("NN.slug match"), sorted. */
    private static List<List<String>> sharedUtterances() {
        List<List<String>> shared = new ArrayList<>();
        for (Record r : neo4j.run("""
                MATCH (u:Utterance) WHERE u.occurrences > 1
                MATCH (s:Statement)-[o:OCCURRENCE_OF]->(u)
                WITH u, s, o ORDER BY s.id
                RETURN u.id AS id,
                       collect(substring(s.id, 6, 2) + '.' + split(s.id, '.')[1] + ' ' + o.match) AS members""")) {
            shared.add(r.get("members").asList(v -> v.asString()));
        }
        shared.sort((a, b) -> a.toString().compareTo(b.toString()));
        return shared;
    }

    private static List<List<String>> expected() {
        List<List<String>> expected = new ArrayList<>(EXPECTED.values());
        expected.sort((a, b) -> a.toString().compareTo(b.toString()));
        return expected;
    }

    @Test
    void theSameWordsReportedByDifferentOutletsAreOneUtteranceEachWithItsMatch() {
        load(SelkaCorpus.datasets(reader));

        assertThat(sharedUtterances()).isEqualTo(expected());
        long statements = neo4j.count("(:Statement)");
        long inShared = EXPECTED.values().stream().mapToLong(List::size).sum();
        assertThat(neo4j.count("(:Utterance)")).isEqualTo(statements - inShared + EXPECTED.size());
        assertThat(neo4j.count("(:Statement)-[:OCCURRENCE_OF]->(:Utterance)")).isEqualTo(statements);
    }

    @Test
    void anUtteranceHasItsLongestQuotationAsTextWithWhenItWasSaidAndSeen() {
        load(SelkaCorpus.datasets(reader));

        Record brandt = neo4j.run("""
                MATCH (:Statement {id: 'selka-02-kestrel.brandt-selka-always-dravian'})-[:OCCURRENCE_OF]->(u)
                RETURN u {.*} AS u""").get(0);
        Map<String, Object> u = brandt.get("u").asMap();
        assertThat(u.get("text")).isEqualTo("Selka has always been Dravian. The vote on Sunday showed what its "
                + "people want, and Dravia will respect it");
        assertThat(u.get("verbatim")).isEqualTo(true);
        assertThat(u.get("speaker")).isEqualTo("teodor-brandt");
        assertThat(u.get("occurrences")).isEqualTo(4L);
        assertThat(u.get("date")).hasToString("2025-03-03");
        assertThat(u.get("firstSeen")).hasToString("2025-03-03");
        assertThat(u.get("lastSeen")).hasToString("2025-03-05");
        assertThat((String) u.get("id")).matches("teodor-brandt\\.u[0-9a-f]{12}");

        Record partial = neo4j.run("""
                MATCH (:Statement {id: 'selka-03-morning-dispatch.ilves-no-country-should-recognise'})
                      -[o:OCCURRENCE_OF]->(u)
                RETURN o.score AS score, u.text AS text""").get(0);
        assertThat(partial.get("text").asString()).startsWith("The so-called vote in Selka");
        assertThat(partial.get("score").asDouble()).isEqualTo(Math.round(6 * 1000.0 / 27) / 1000.0);
    }

    @Test
    void whichOutletsCarriedAnUtteranceIsOneHopFromItsStatements() {
        load(SelkaCorpus.datasets(reader));

        List<String> outlets = neo4j.run("""
                MATCH (:Statement {id: 'selka-04-orvania-today.brandt-no-soldier-near-polls'})-[:OCCURRENCE_OF]->(u)
                MATCH (u)<-[:OCCURRENCE_OF]-(:Statement)-[:SOURCED_FROM]->(:Article)-[:PUBLISHED_BY]->(o)
                RETURN DISTINCT o.name AS outlet ORDER BY outlet""").stream()
                .map(r -> r.get("outlet").asString()).toList();
        assertThat(outlets).containsExactly("Orvania Today", "The Dravian Courier");
    }

    @Test
    void publishersBecomeMediaOrganizationsMatchedByNameOrAlias() {
        load(SelkaCorpus.datasets(reader));

        Map<String, String> publishedBy = new TreeMap<>();
        neo4j.run("""
                MATCH (a:Article)-[:PUBLISHED_BY]->(o:Organization)
                RETURN a.id AS article, o.id + ' ' + o.kind AS outlet""")
                .forEach(r -> publishedBy.put(r.get("article").asString(), r.get("outlet").asString()));
        assertThat(publishedBy).containsEntry("selka-01-harbour-ledger", "the-harbour-ledger media")
                .containsEntry("selka-09-harbour-ledger", "the-harbour-ledger media")
                .containsEntry("selka-02-kestrel", "kestrel-news-agency media")
                // "Kestrel" is an alias that selka-06 gives the Kestrel News Agency
                .containsEntry("selka-07-kestrel", "kestrel-news-agency media")
                .hasSize(10);
        assertThat(neo4j.count("(o:Organization {kind: 'media'})")).isEqualTo(7);
        assertThat(neo4j.run("MATCH (o:Organization {id: 'the-dravian-courier'}) RETURN o.name AS name")
                .get(0).get("name").asString()).isEqualTo("The Dravian Courier");
    }

    @Test
    void everyStatementHasADateFromTheTextOrElseFromItsArticle() {
        load(SelkaCorpus.datasets(reader));

        assertThat(neo4j.count("(s:Statement) WHERE s.date IS NULL")).isZero();
        Record fromText = neo4j.run("""
                MATCH (s:Statement {id: 'selka-09-harbour-ledger.ilves-would-accept-result'})
                RETURN toString(s.date) AS date, s.dateSource AS source""").get(0);
        assertThat(fromText.get("date").asString()).isEqualTo("2025-03-10");
        assertThat(fromText.get("source").asString()).isEqualTo("text");
        Record published = neo4j.run("""
                MATCH (s:Statement {id: 'selka-04-orvania-today.sorby-armed-men-at-schools'})
                RETURN toString(s.date) AS date, s.dateSource AS source""").get(0);
        assertThat(published.get("date").asString()).isEqualTo("2025-03-05");
        assertThat(published.get("source").asString()).isEqualTo("published");
    }

    @Test
    void loadingTheArticlesInAnotherOrderMakesTheSameUtterances() {
        List<Dataset> datasets = new ArrayList<>(SelkaCorpus.datasets(reader));
        load(datasets);
        List<String> forward = utterances();

        neo4j.clear();
        Collections.reverse(datasets);
        load(datasets);

        assertThat(utterances()).isEqualTo(forward);
    }

    @Test
    void reloadingAnUnchangedArticleChangesNothing() {
        load(SelkaCorpus.datasets(reader));
        List<String> before = neo4j.snapshot();

        LoadResult again = loader.load("again", SelkaCorpus.dataset(reader, "selka-01-harbour-ledger"));

        assertThat(again.status()).isEqualTo(LoadResult.Status.UNCHANGED);
        assertThat(neo4j.snapshot()).isEqualTo(before);
    }

    @Test
    void deletingAnArticleLeavesTheGraphAsIfItHadNeverBeenLoaded() {
        List<Dataset> all = SelkaCorpus.datasets(reader);
        for (String removed : List.of("selka-01-harbour-ledger", "selka-07-kestrel")) {
            neo4j.clear();
            load(all.stream().filter(d -> !d.article().id().equals(removed)).toList());
            List<String> without = neo4j.snapshot();

            neo4j.clear();
            load(all);
            assertThat(loader.delete(removed)).isTrue();

            assertThat(neo4j.snapshot()).as("after deleting %s", removed).isEqualTo(without);
        }
        // Without the first article, the Brandt utterance keeps its three other reports and takes the text of the
        // longest remaining quotation (the Dravian Courier's, with a dash for the full stop).
        assertThat(neo4j.run("""
                MATCH (:Statement {id: 'selka-02-kestrel.brandt-selka-always-dravian'})-[:OCCURRENCE_OF]->(u)
                RETURN u.occurrences AS n""").get(0).get("n").asLong()).isEqualTo(4);
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
        neo4j.clear();
        load(all.subList(0, 9));
        loader.load("edited", withoutCut);

        assertThat(edited).isEqualTo(neo4j.snapshot());
        assertThat(neo4j.run("""
                MATCH (:Statement {id: 'selka-09-harbour-ledger.brandt-ready-to-discuss'})-[:OCCURRENCE_OF]->(u)
                RETURN u.occurrences AS n""").get(0).get("n").asLong()).isEqualTo(1);
    }

    @Test
    void theSeedsStatementsAreEachAnUtteranceOfTheirOwnBesideTheCorpus() {
        Dataset seed = reader.read(Seed.DATASET);
        loader.load("seed", seed);
        load(SelkaCorpus.datasets(reader));

        assertThat(neo4j.count("(:Statement)-[:SOURCED_FROM]->(:Article {id: 'musk-ukraine-peace-plan'})"))
                .isEqualTo(seed.statements().size());
        assertThat(neo4j.run("""
                MATCH (s:Statement)-[:SOURCED_FROM]->(:Article {id: 'musk-ukraine-peace-plan'})
                MATCH (s)-[o:OCCURRENCE_OF]->(u:Utterance)
                RETURN count(DISTINCT u) AS utterances, max(u.occurrences) AS most, collect(DISTINCT o.match) AS matches""")
                .get(0).asMap()).isEqualTo(Map.of("utterances", (long) seed.statements().size(), "most", 1L,
                "matches", List.of("exact")));
        assertThat(neo4j.count("(:Article {id: 'musk-ukraine-peace-plan'})-[:PUBLISHED_BY]->()")).isZero();
        assertThat(sharedUtterances()).isEqualTo(expected());
    }

    /** Every utterance with its id, text and members, as sorted text. */
    private static List<String> utterances() {
        return neo4j.run("""
                MATCH (s:Statement)-[o:OCCURRENCE_OF]->(u:Utterance)
                WITH u, s, o ORDER BY s.id
                WITH u, collect(s.id + ':' + o.match + ':' + o.score) AS members
                RETURN u.id + ' ' + u.text + ' ' + toString(u.date) + ' ' + u.occurrences + ' '
                       + reduce(m = '', x IN members | m + x + ' ') AS line
                ORDER BY line""").stream().map(r -> r.get("line").asString()).toList();
    }
}

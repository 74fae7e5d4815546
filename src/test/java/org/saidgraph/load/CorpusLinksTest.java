package org.saidgraph.load;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.link.Utterances;
import org.saidgraph.support.Seed;
import org.saidgraph.support.SelkaCorpus;
import org.saidgraph.support.TestGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Utterances, dates and outlets across the articles of the Selka test corpus and the seed, loaded once, in order of
 * publication, through the real loader into a real Neo4j. {@link CorpusChangesTest} re-loads, edits and deletes.
 */
class CorpusLinksTest {

    private static TestGraph neo4j;
    private static DatasetReader reader;
    private static DatasetLoader loader;

    /**
     * The utterances the ten articles must make: the statements of each (article number and statement slug) with how
     * each matches the utterance's text. Every other statement is an utterance of its own.
     */
    static final Map<String, List<String>> EXPECTED = Map.of(
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

    private static Dataset seed;

    @BeforeAll
    static void loadTheSeedAndTheCorpus() {
        neo4j = TestGraph.shared();
        reader = new DatasetReader();
        loader = new DatasetLoader(neo4j.graph(), reader.mapper());
        neo4j.clear();
        seed = reader.read(Seed.DATASET);
        loader.load("seed", seed);
        load(SelkaCorpus.datasets(reader));
    }

    static void load(List<Dataset> datasets) {
        datasets.forEach(d -> loader.load(d.article().id(), d));
    }

    /** Each utterance with more than one occurrence as its members ("NN.slug match"), sorted. */
    static List<List<String>> sharedUtterances(TestGraph neo4j) {
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

    static List<List<String>> expected() {
        List<List<String>> expected = new ArrayList<>(EXPECTED.values());
        expected.sort((a, b) -> a.toString().compareTo(b.toString()));
        return expected;
    }

    @Test
    void theSameWordsReportedByDifferentOutletsAreOneUtteranceEachWithItsMatch() {
        assertThat(sharedUtterances(neo4j)).isEqualTo(expected());
        long statements = neo4j.count("(:Statement)");
        long inShared = EXPECTED.values().stream().mapToLong(List::size).sum();
        assertThat(neo4j.count("(:Utterance)")).isEqualTo(statements - inShared + EXPECTED.size());
        assertThat(neo4j.count("(:Statement)-[:OCCURRENCE_OF]->(:Utterance)")).isEqualTo(statements);
        assertThat(neo4j.count("(:Statement)-[:OCCURRENCE_OF]->(:Utterance)<-[:OCCURRENCE_OF]-(:Statement)"
                + "-[:SOURCED_FROM]->(:Article {id: 'musk-ukraine-peace-plan'})")).as("seed statements linked to another")
                .isZero();
    }

    @Test
    void anUtteranceHasItsLongestQuotationAsTextWithWhenItWasSaidAndSeen() {
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
        List<String> outlets = neo4j.run("""
                MATCH (:Statement {id: 'selka-04-orvania-today.brandt-no-soldier-near-polls'})-[:OCCURRENCE_OF]->(u)
                MATCH (u)<-[:OCCURRENCE_OF]-(:Statement)-[:SOURCED_FROM]->(:Article)-[:PUBLISHED_BY]->(o)
                RETURN DISTINCT o.name AS outlet ORDER BY outlet""").stream()
                .map(r -> r.get("outlet").asString()).toList();
        assertThat(outlets).containsExactly("Orvania Today", "The Dravian Courier");
    }

    @Test
    void publishersBecomeMediaOrganizationsMatchedByNameOrAlias() {
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
                .hasSize(10)
                .doesNotContainKey("musk-ukraine-peace-plan");
        assertThat(neo4j.count("(:Article)-[:PUBLISHED_BY]->(o:Organization {kind: 'media'})")).isEqualTo(10);
        assertThat(neo4j.count("(o:Organization {kind: 'media'}) WHERE EXISTS { (:Article)-[:PUBLISHED_BY]->(o) }"))
                .isEqualTo(7);
        assertThat(neo4j.run("MATCH (o:Organization {id: 'the-dravian-courier'}) RETURN o.name AS name")
                .get(0).get("name").asString()).isEqualTo("The Dravian Courier");
    }

    @Test
    void everyStatementHasADateFromTheTextOrElseFromItsArticle() {
        assertThat(neo4j.count("(s:Statement)-[:SOURCED_FROM]->(:Article) WHERE s.date IS NULL "
                + "AND s.id STARTS WITH 'selka'")).isZero();
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
    void reloadingAnUnchangedArticleChangesNothing() {
        List<String> before = neo4j.snapshot();

        LoadResult again = loader.load("again", SelkaCorpus.dataset(reader, "selka-01-harbour-ledger"));

        assertThat(again.status()).isEqualTo(LoadResult.Status.UNCHANGED);
        assertThat(neo4j.snapshot()).isEqualTo(before);
    }

    @Test
    void theSeedsStatementsAreEachAnUtteranceOfTheirOwnBesideTheCorpus() {
        assertThat(neo4j.count("(:Statement)-[:SOURCED_FROM]->(:Article {id: 'musk-ukraine-peace-plan'})"))
                .isEqualTo(seed.statements().size());
        assertThat(neo4j.run("""
                MATCH (s:Statement)-[:SOURCED_FROM]->(:Article {id: 'musk-ukraine-peace-plan'})
                MATCH (s)-[o:OCCURRENCE_OF]->(u:Utterance)
                RETURN count(DISTINCT u) AS utterances, max(u.occurrences) AS most, collect(DISTINCT o.match) AS matches""")
                .get(0).asMap()).isEqualTo(Map.of("utterances", (long) seed.statements().size(), "most", 1L,
                "matches", List.of("exact")));
    }

    /**
     * Every utterance holds what its occurrences describe (link.Utterances), whether the loader created it whole from
     * the statements it was writing, read its occurrences back and described it, or extended what it kept with the
     * statements joining it: id, text, dates, outlets, counts, the occurrence that defines it (definedBy, what the
     * loader extends an utterance from) and each occurrence's match and score. Fails if what an utterance keeps
     * drifts from its occurrences.
     */
    @Test
    void everyUtteranceIsWhatItsOccurrencesDescribe() {
        List<String> ids = neo4j.run("MATCH (u:Utterance) RETURN u.id AS id ORDER BY id").stream()
                .map(r -> r.get("id").asString()).toList();
        assertThat(ids).hasSizeGreaterThan(seed.statements().size());
        Map<String, List<Utterances.Member>> members = new TreeMap<>();
        for (Record r : neo4j.run(org.saidgraph.graph.Cypher.query("link/utterance-members"), Map.of("ids", ids))) {
            members.computeIfAbsent(r.get("utterance").asString(), k -> new ArrayList<>()).add(new Utterances.Member(
                    r.get("id").asString(), r.get("speaker").asString(), r.get("verbatim").asBoolean(),
                    r.get("text").asString(), r.get("act").asString(), r.get("mentions").asList(v -> v.asString()),
                    r.get("date").isNull() ? null : r.get("date").asLocalDate(),
                    r.get("published").isNull() ? null : r.get("published").asLocalDate(),
                    r.get("outlets").asList(v -> v.asString())));
        }
        assertThat(members.keySet()).containsExactlyElementsOf(ids);
        for (Record r : neo4j.run("""
                MATCH (u:Utterance)
                CALL (u) {
                  MATCH (s:Statement)-[o:OCCURRENCE_OF]->(u)
                  WITH s, o ORDER BY s.id
                  RETURN collect(s.id + ' ' + o.match + ' ' + o.score) AS links
                }
                RETURN u.id AS id, u.text AS text, u.verbatim AS verbatim, u.speaker AS speaker, u.date AS date,
                       u.firstSeen AS firstSeen, u.lastSeen AS lastSeen, u.outlets AS outlets,
                       u.occurrences AS occurrences, u.definedBy AS definedBy, links""")) {
            Utterances.Summary described = Utterances.describe(members.get(r.get("id").asString()));
            assertThat(List.of(r.get("id").asString(), r.get("text").asString(), r.get("verbatim").asBoolean(),
                    r.get("speaker").asString(), String.valueOf(r.get("date").asObject()),
                    String.valueOf(r.get("firstSeen").asObject()), String.valueOf(r.get("lastSeen").asObject()),
                    r.get("outlets").asList(v -> v.asString()), r.get("occurrences").asLong(),
                    r.get("links").asList(v -> v.asString()), r.get("definedBy").asString()))
                    .isEqualTo(List.of(described.id(), described.text(), described.verbatim(), described.speaker(),
                            String.valueOf(described.date()), String.valueOf(described.firstSeen()),
                            String.valueOf(described.lastSeen()), described.outlets(), (long) described.occurrences(),
                            described.links().stream().map(l -> l.statementId() + " " + l.match().value() + " "
                                    + l.score()).toList(), described.definedBy()));
        }
    }

    /** Every utterance with its id, text and members, as sorted text. */
    static List<String> utterances(TestGraph neo4j) {
        return neo4j.run("""
                MATCH (s:Statement)-[o:OCCURRENCE_OF]->(u:Utterance)
                WITH u, s, o ORDER BY s.id
                WITH u, collect(s.id + ':' + o.match + ':' + o.score) AS members
                RETURN u.id + ' ' + u.text + ' ' + toString(u.date) + ' ' + u.occurrences + ' '
                       + reduce(m = '', x IN members | m + x + ' ') AS line
                ORDER BY line""").stream().map(r -> r.get("line").asString()).toList();
    }
}

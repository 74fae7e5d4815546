package org.saidgraph.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.support.Seed;
import org.saidgraph.support.SmallArticle;
import org.saidgraph.support.TestGraph;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The loader writing through the driver, as it does to an external server; {@link EmbeddedDatasetLoaderTest} runs
 * the same tests writing through the embedded database's own API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetLoaderTest {

    TestGraph neo4j;
    DatasetReader reader;
    DatasetLoader loader;

    @BeforeAll
    void startNeo4j() {
        neo4j = TestGraph.start();
        reader = new DatasetReader();
        loader = newLoader();
    }

    /** A loader over {@link #neo4j}, as a new process would have. */
    DatasetLoader newLoader() {
        return new DatasetLoader(new DriverTransactions(neo4j.graph()), reader.mapper());
    }

    @AfterAll
    void stopNeo4j() {
        neo4j.close();
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
    }

    @Test
    void loadsEveryEntityStatementAndRelationOfTheSeed() {
        Dataset seed = reader.read(Seed.DATASET);

        LoadResult result = loader.load("seed", seed);

        assertThat(result.status()).isEqualTo(LoadResult.Status.CREATED);
        assertThat(neo4j.count("(:Statement)")).isEqualTo(seed.statements().size());
        assertThat(neo4j.count("(:Entity)")).isEqualTo(seed.entities().size());
        assertThat(neo4j.count("(:Person)")).isEqualTo(7);
        assertThat(neo4j.count("(:Statement)-[:SOURCED_FROM]->(:Article)")).isEqualTo(seed.statements().size());
        assertThat(neo4j.count("()-[:SAID]->(:Statement)")).isEqualTo(seed.statements().size());
        assertThat(neo4j.count("(:Article)-[:NAMES]->(:Entity)")).isEqualTo(seed.entities().size());
        long mentions = seed.statements().stream().mapToLong(s -> s.mentions().size()).sum();
        assertThat(neo4j.count("(:Statement)-[:MENTIONS]->()")).isEqualTo(mentions);
        assertThat(neo4j.run("""
                MATCH (:Person {id: 'gitanas-nauseda'})-[h:HOLDS_ROLE]->(t:Territory)
                RETURN h.title AS title, t.id AS of""")).singleElement()
                .satisfies(r -> assertThat(r.get("of").asString()).isEqualTo("lithuania"));
        assertThat(neo4j.run("""
                MATCH (:Territory {id: 'crimea'})-[c:ANNEXATION_CLAIMED_BY]->(:Territory {id: 'russia'})
                RETURN c.year AS year, c.recognised AS recognised""")).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("year").asInt()).isEqualTo(2014);
                    assertThat(r.get("recognised").asBoolean()).isFalse();
                });
    }

    @Test
    void everySpanInTheGraphPointsAtItsEvidence() {
        loader.load("seed", reader.read(Seed.DATASET));

        var rows = neo4j.run("""
                MATCH (s:Statement)-[src:SOURCED_FROM]->(a:Article)
                RETURN s.text AS text, s.verbatim AS verbatim, src.start AS start, src.end AS end, a.text AS article""");

        assertThat(rows).isNotEmpty();
        for (var row : rows) {
            int start = row.get("start").asInt();
            int end = row.get("end").asInt();
            assertThat(start).isGreaterThanOrEqualTo(0).isLessThan(end);
            assertThat(end).isLessThanOrEqualTo(row.get("article").asString().length());
            if (row.get("verbatim").asBoolean()) {
                assertThat(row.get("article").asString().substring(start, end)).isEqualTo(row.get("text").asString());
            }
        }
    }

    @Test
    void aStatementInPartsKeepsItsPartsOnItsNodeUntilAnEditJoinsThem() throws Exception {
        ObjectNode split = Seed.json();
        int i = Seed.statementIndex(split, "musk-denial-tweet");
        ObjectNode statement = Seed.splitDenialTweet(split, i);
        ArrayNode parts = (ArrayNode) statement.get("parts");
        loader.load("seed", reader.read("split.json", reader.mapper().writeValueAsBytes(split)));

        String id = Seed.ARTICLE_ID + ".musk-denial-tweet";
        assertThat(neo4j.run("MATCH (s:Statement {id: $id}) RETURN s.parts AS parts, s.text AS text",
                Map.of("id", id))).singleElement().satisfies(r -> {
                    assertThat(r.get("parts").asList(v -> v.asInt())).containsExactly(parts.get(0).get("start").asInt(),
                            parts.get(0).get("end").asInt(), parts.get(1).get("start").asInt(),
                            parts.get(1).get("end").asInt());
                    assertThat(r.get("text").asString()).isEqualTo(Seed.DENIAL_IN_PARTS);
                });
        assertThat(neo4j.count("(s:Statement) WHERE s.parts IS NOT NULL")).isEqualTo(1);

        loader.load("seed", reader.read(Seed.DATASET));

        assertThat(neo4j.count("(s:Statement) WHERE s.parts IS NOT NULL")).isZero();
    }

    @Test
    void loadingTheSameDatasetTwiceChangesNothing() {
        Dataset seed = reader.read(Seed.DATASET);
        loader.load("seed", seed);
        List<String> before = neo4j.snapshot();

        LoadResult again = loader.load("seed", reader.read(Seed.DATASET));

        assertThat(again.status()).isEqualTo(LoadResult.Status.UNCHANGED);
        assertThat(again.counts()).isEqualTo(Counts.NONE);
        assertThat(neo4j.snapshot()).isEqualTo(before);
    }

    @Test
    void theCountsALoadReportsAreWhatItChangedInTheGraphUtterancesIncluded() {
        long nodes = neo4j.count("()");
        long relationships = neo4j.count("()-[]->()");

        Counts created = loader.load("seed", reader.read(Seed.DATASET)).counts();

        assertThat(neo4j.count("(:Utterance)")).isPositive();
        assertThat(created.nodesCreated() - created.nodesDeleted()).isEqualTo(neo4j.count("()") - nodes);
        assertThat(created.relationshipsCreated() - created.relationshipsDeleted())
                .isEqualTo(neo4j.count("()-[]->()") - relationships);

        nodes = neo4j.count("()");
        relationships = neo4j.count("()-[]->()");
        ObjectNode edited = Seed.json();
        edited.withArray("statements").remove(Seed.statementIndex(edited, "musk-offers-starlink"));
        Counts updated = loader.load("edited", reader.read("edited", edited)).counts();

        assertThat(updated.nodesDeleted()).isPositive();
        assertThat(updated.nodesCreated() - updated.nodesDeleted()).isEqualTo(neo4j.count("()") - nodes);
        assertThat(updated.relationshipsCreated() - updated.relationshipsDeleted())
                .isEqualTo(neo4j.count("()-[]->()") - relationships);
    }

    @Test
    void anEditedArticleReplacesItsStatementsAndLeavesNoStaleOnes() {
        loader.load("seed", reader.read(Seed.DATASET));
        ObjectNode edited = Seed.json();
        ArrayNode statements = edited.withArray("statements");
        int removed = Seed.statementIndex(edited, "musk-offers-starlink");
        statements.remove(removed);
        int melnyk = Seed.statementIndex(edited, "melnyk-response");
        ObjectNode reply = (ObjectNode) statements.get(melnyk);
        reply.put("act", "condemnation");
        reply.remove("addressedTo");

        LoadResult result = loader.load("edited", reader.read("edited", edited));

        assertThat(result.status()).isEqualTo(LoadResult.Status.UPDATED);
        assertThat(neo4j.count("(:Statement)")).isEqualTo(statements.size());
        assertThat(neo4j.count("(:Statement {id: 'musk-ukraine-peace-plan.musk-offers-starlink'})")).isZero();
        assertThat(neo4j.run("MATCH (s:Statement {id: 'musk-ukraine-peace-plan.melnyk-response'}) RETURN s.act AS act"))
                .singleElement().satisfies(r -> assertThat(r.get("act").asString()).isEqualTo("condemnation"));
        assertThat(neo4j.count("(:Statement {id: 'musk-ukraine-peace-plan.melnyk-response'})-[:ADDRESSED_TO]->()"))
                .isZero();
        assertThat(neo4j.count("()-[:SAID]->(:Statement)")).isEqualTo(statements.size());
        assertThat(neo4j.count("(:Article)")).isEqualTo(1);
    }

    @Test
    void entitiesSharedByTwoArticlesAreMergedNotDuplicated() {
        loader.load("seed", reader.read(Seed.DATASET));
        long entitiesBefore = neo4j.count("(:Entity)");

        loader.load("second", reader.read("second", secondArticle()));

        assertThat(neo4j.count("(:Entity)")).isEqualTo(entitiesBefore + 1);
        assertThat(neo4j.count("(:Article)")).isEqualTo(2);
        assertThat(neo4j.count("(:Article)-[:NAMES]->(:Person {id: 'elon-musk'})")).isEqualTo(2);
        assertThat(neo4j.run("MATCH (p:Person {id: 'elon-musk'}) RETURN p.aliases AS aliases")).singleElement()
                .satisfies(r -> assertThat(r.get("aliases").asList(org.neo4j.driver.Value::asString))
                        .contains("@elonmusk", "the billionaire"));
        assertThat(neo4j.count("(:Person {id: 'elon-musk'})-[:SAID]->(:Statement)")).isEqualTo(
                reader.read(Seed.DATASET).statements().stream().filter(s -> s.speaker().equals("elon-musk")).count()
                        + 1);
    }

    @Test
    void aDatasetThatConflictsWithTheGraphIsRejectedAndChangesNothing() {
        loader.load("seed", reader.read(Seed.DATASET));
        List<String> before = neo4j.snapshot();
        ObjectNode conflicting = secondArticle();
        // In the seed, crimea is a territory; here it claims to be a person.
        conflicting.withArray("entities").addObject().put("type", "person").put("id", "crimea").put("name", "Crimea");
        Dataset dataset = reader.read("conflicting", conflicting);

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> loader.load("conflicting.json", dataset));

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("conflicting.json");
            assertThat(p.pointer()).isEqualTo("/entities/2/type");
            assertThat(p.message()).contains("'crimea' is a Territory");
        });
        assertThat(neo4j.snapshot()).isEqualTo(before);
    }

    @Test
    void deletingAnArticleRemovesItsStatementsButKeepsSharedEntities() {
        loader.load("seed", reader.read(Seed.DATASET));
        loader.load("second", reader.read("second", secondArticle()));

        assertThat(loader.delete("second-article")).isTrue();
        assertThat(loader.delete("second-article")).isFalse();

        assertThat(neo4j.count("(:Article)")).isEqualTo(1);
        assertThat(neo4j.count("(:Statement {id: 'second-article.musk-says-hello'})")).isZero();
        assertThat(neo4j.count("(:Person {id: 'elon-musk'})")).isEqualTo(1);
        // Kyiv was named only by the deleted article, "the billionaire" given only by it.
        assertThat(neo4j.count("(:Territory {id: 'kyiv'})")).isZero();
        assertThat(aliases("elon-musk")).containsExactly("@elonmusk", "elonmusk", "Musk");
    }

    @Test
    void everySpeakerKeepsTheNumberOfStatementsItSaidThroughLoadsEditsAndDeletes() {
        loader.load("seed", reader.read(Seed.DATASET));
        assertThat(statementCountsMatchTheGraph()).isTrue();
        assertThat(statementCount("elon-musk")).isEqualTo(neo4j.count("(:Person {id: 'elon-musk'})-[:SAID]->()"))
                .isGreaterThan(5);

        loader.load("second", reader.read("second", secondArticle()));
        long muskWithSecond = statementCount("elon-musk");
        assertThat(statementCountsMatchTheGraph()).isTrue();

        // An edit that takes a statement away from Musk lowers his count; a delete lowers it again.
        ObjectNode edited = Seed.json();
        edited.withArray("statements").remove(Seed.statementIndex(edited, "musk-offers-starlink"));
        loader.load("edited", reader.read("edited", edited));
        assertThat(statementCount("elon-musk")).isEqualTo(muskWithSecond - 1);
        loader.delete("second-article");
        assertThat(statementCount("elon-musk")).isEqualTo(muskWithSecond - 2);
        assertThat(statementCountsMatchTheGraph()).isTrue();
        // Entities that said nothing count zero (or were never counted), never a stale number.
        assertThat(neo4j.count("(e:Entity) WHERE e.statementCount > 0 AND NOT (e)-[:SAID]->()")).isZero();
    }

    private long statementCount(String id) {
        return neo4j.run("MATCH (e:Entity {id: $id}) RETURN e.statementCount AS n", java.util.Map.of("id", id))
                .get(0).get("n").asLong();
    }

    private boolean statementCountsMatchTheGraph() {
        return neo4j.count("(e:Entity)-[:SAID]->() WITH e, count(*) AS said WHERE e.statementCount <> said") == 0;
    }

    @Test
    void deletingTheOnlyArticleThatAddedSomethingLeavesTheGraphAsBeforeIt() {
        loader.load("seed", reader.read(Seed.DATASET));
        List<String> seedOnly = neo4j.snapshot();
        loader.load("second", reader.read("second", secondArticleSharingFacts()));
        assertThat(neo4j.snapshot()).isNotEqualTo(seedOnly);

        loader.delete("second-article");

        assertThat(neo4j.snapshot()).isEqualTo(seedOnly);
    }

    @Test
    void anEditedArticleThatDropsAnAliasRemovesItUnlessAnotherArticleStillGivesIt() {
        loader.load("seed", reader.read(Seed.DATASET));
        loader.load("second", reader.read("second", secondArticleSharingFacts()));
        // Sorted, ignoring case; "@elonmusk" is given by both articles.
        assertThat(aliases("elon-musk")).containsExactly("@elonmusk", "elonmusk", "Musk", "the billionaire");
        assertThat(aliasCounts("elon-musk")).containsExactly(2L, 1L, 1L, 1L);
        ObjectNode edited = Seed.json();
        ObjectNode musk = entity(edited, "elon-musk");
        musk.putArray("aliases").add("Musk"); // drops "@elonmusk" (the second article gives it too) and "elonmusk"

        loader.load("edited", reader.read("edited", edited));

        assertThat(aliases("elon-musk")).containsExactly("@elonmusk", "Musk", "the billionaire");
        assertThat(aliasCounts("elon-musk")).containsExactly(1L, 1L, 1L);
        // nameText feeds the entity_names full-text index.
        assertThat(neo4j.run("MATCH (p:Person {id: 'elon-musk'}) RETURN p.nameText AS t").get(0).get("t").asString())
                .isEqualTo("Elon Musk\n@elonmusk\nMusk\nthe billionaire");
        assertThat(neo4j.run("""
                MATCH (:Article {id: $seed})-[n:NAMES]->(:Person {id: 'elon-musk'}) RETURN n.aliases AS aliases""",
                Map.of("seed", Seed.ARTICLE_ID)).get(0).get("aliases").asList(org.neo4j.driver.Value::asString))
                .containsExactly("Musk");

        loader.delete("second-article");

        assertThat(aliases("elon-musk")).containsExactly("Musk");
        assertThat(aliasCounts("elon-musk")).containsExactly(1L);
    }

    @Test
    void anEditedArticleThatDropsARoleRemovesTheHoldsRoleUnlessAnotherArticleAssertsIt() {
        loader.load("seed", reader.read(Seed.DATASET));
        loader.load("second", reader.read("second", secondArticleSharingFacts()));
        assertThat(roles("elon-musk")).containsExactlyInAnyOrder(
                "CEO of tesla by [musk-ukraine-peace-plan]",
                "chief executive of spacex by [musk-ukraine-peace-plan, second-article]");
        ObjectNode edited = Seed.json();
        entity(edited, "elon-musk").remove("roles");
        entity(edited, "crimea").remove("annexationClaimedBy");

        loader.load("edited", reader.read("edited", edited));

        assertThat(roles("elon-musk")).containsExactly("chief executive of spacex by [second-article]");
        assertThat(neo4j.count("(:Territory {id: 'crimea'})-[:ANNEXATION_CLAIMED_BY]->()")).isZero();
        assertThat(neo4j.count("(:Territory {id: 'donetsk'})-[:ANNEXATION_CLAIMED_BY]->()")).isEqualTo(1);
        // Tesla stays: the seed still names it, though no longer as Musk's employer.
        assertThat(neo4j.count("(:Organization {id: 'tesla'})")).isEqualTo(1);
    }

    @Test
    void deletingAnArticleRemovesWhatOnlyItSupportedAndKeepsWhatASecondArticleStillSupports() {
        loader.load("seed", reader.read(Seed.DATASET));
        loader.load("second", reader.read("second", secondArticleSharingFacts()));

        assertThat(loader.delete(Seed.ARTICLE_ID)).isTrue();

        assertThat(neo4j.run("MATCH (e:Entity) RETURN e.id AS id ORDER BY id"))
                .extracting(r -> r.get("id").asString())
                .containsExactly("elon-musk", "kyiv", "spacex", "ukraine");
        assertThat(neo4j.count("(:Statement)")).isEqualTo(1);
        assertThat(roles("elon-musk")).containsExactly("chief executive of spacex by [second-article]");
        assertThat(neo4j.run("""
                MATCH (:Territory {id: 'kyiv'})-[p:PART_OF]->(:Territory {id: 'ukraine'})
                RETURN p.articleSample AS a, p.articleCount AS n"""))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("a").asList()).containsExactly("second-article");
                    assertThat(r.get("n").asLong()).isEqualTo(1);
                });
        // Ukraine's PART_OF Europe was the seed's alone, and Europe went with it.
        assertThat(neo4j.count("(:Territory {id: 'ukraine'})-[:PART_OF]->()")).isZero();
        assertThat(aliases("elon-musk")).containsExactly("@elonmusk", "the billionaire");
        assertThat(aliases("spacex")).isEmpty();

        assertThat(loader.delete("second-article")).isTrue();

        // Nothing but the format marker, which says what the loader keeps, not what the datasets said.
        assertThat(neo4j.count("(n) WHERE NOT n:GraphFormat")).isZero();
    }

    @Test
    void anArticleEditedAndThenRestoredLeavesTheGraphAsItsFirstLoadDid() {
        loader.load("second", reader.read("second", secondArticleSharingFacts()));
        loader.load("seed", reader.read(Seed.DATASET));
        List<String> before = neo4j.snapshot();
        ObjectNode edited = Seed.json();
        edited.withArray("entities").forEach(e -> ((ObjectNode) e).remove(List.of("aliases", "roles", "partOf")));
        loader.load("edited", reader.read("edited", edited));
        assertThat(neo4j.snapshot()).isNotEqualTo(before);

        LoadResult restored = loader.load("seed", reader.read(Seed.DATASET));

        assertThat(restored.status()).isEqualTo(LoadResult.Status.UPDATED);
        assertThat(neo4j.snapshot()).isEqualTo(before);
    }

    @Test
    void aBatchInOneTransactionLeavesTheGraphAsLoadingItsDatasetsOneByOne() {
        ObjectNode edited = Seed.json();
        entity(edited, "elon-musk").putArray("aliases").add("Musk");
        entity(edited, "elon-musk").remove("roles");
        List<Dataset> datasets = List.of(reader.read(Seed.DATASET), reader.read("second", secondArticleSharingFacts()),
                reader.read("edited", edited), reader.read("third", articleNamingMusk("third-article")));
        datasets.forEach(d -> loader.load(d.article().id(), d));
        List<String> oneByOne = neo4j.snapshot();
        neo4j.clear();

        DatasetLoader.Batch batch = loader.load(datasets.stream()
                .map(d -> loader.prepare(d.article().id(), d, null)).toList());

        assertThat(neo4j.snapshot()).isEqualTo(oneByOne);
        // The seed's edit waits for a second transaction, since its changes start from what the first left.
        assertThat(batch.transactions()).isEqualTo(2);
        assertThat(batch.results()).extracting(LoadResult::status).containsExactly(LoadResult.Status.CREATED,
                LoadResult.Status.CREATED, LoadResult.Status.UPDATED, LoadResult.Status.CREATED);
        assertThat(batch.rejected()).isEmpty();
    }

    @Test
    void inABatchAnArticleThatConflictsIsRejectedAloneAndTheOthersLoad() {
        ObjectNode crimeaAsPerson = articleNamingMusk("conflicting-article");
        crimeaAsPerson.withArray("entities").addObject().put("type", "person").put("id", "crimea").put("name", "Crimea");
        ObjectNode kyivAsPerson = articleNamingMusk("kyiv-as-person");
        entity(kyivAsPerson, "kyiv").put("type", "person").remove("kind");
        ObjectNode kyivAsPersonAgain = articleNamingMusk("kyiv-as-person-again");
        entity(kyivAsPersonAgain, "kyiv").put("type", "person").remove("kind");
        List<Prepared> batch = List.of(
                prepared(reader.read(Seed.DATASET)),
                prepared(reader.read("conflicting", crimeaAsPerson)), // crimea is a territory in the seed
                prepared(reader.read("second", secondArticle())),
                prepared(reader.read("kyiv", kyivAsPerson)), // kyiv is a territory in the second article
                prepared(reader.read("kyiv-again", kyivAsPersonAgain)));

        DatasetLoader.Batch loaded = loader.load(batch);

        assertThat(loaded.results()).extracting(LoadResult::articleId).containsExactly(Seed.ARTICLE_ID,
                "second-article");
        assertThat(loaded.rejected()).hasSize(3).allSatisfy(e -> assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("is a Territory in the graph already")));
        assertThat(loaded.rejected().get(0).problems().get(0).file()).isEqualTo("conflicting-article");
        assertThat(neo4j.count("(:Article)")).isEqualTo(2);
        assertThat(neo4j.count("(:Person {id: 'kyiv'})")).isZero();
        assertThat(neo4j.count("(:Statement {id: 'conflicting-article.musk-says-hello'})")).isZero();
    }

    @Test
    void anArticleTheDatabaseRefusesIsRejectedAloneAndTheRestOfItsBatchLoads() {
        // A statement left behind without its article: creating the article's own statement breaks the constraint.
        neo4j.run("CREATE (:Statement {id: 'stray-article.musk-says-hello'})");
        List<Prepared> batch = List.of(prepared(reader.read("one", articleNamingMusk("article-one"))),
                prepared(reader.read("stray", articleNamingMusk("stray-article"))),
                prepared(reader.read("two", articleNamingMusk("article-two"))));

        DatasetLoader.Batch loaded = loader.load(batch);

        assertThat(loaded.results()).extracting(LoadResult::articleId).containsExactly("article-one", "article-two");
        assertThat(loaded.rejected()).singleElement().satisfies(e -> assertThat(e.problems().get(0).toString())
                .startsWith("stray-article: the database refused this article: ").contains("stray-article"));
        assertThat(neo4j.count("(:Article)")).isEqualTo(2);
        assertThat(neo4j.count("(:Statement)")).isEqualTo(3);
    }

    @Test
    void aFactAssertedByManyArticlesCountsThemAllAndKeepsFiveOfThemAsASample() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            ObjectNode article = articleNamingMusk("article-" + i);
            entity(article, "elon-musk").putArray("roles").addObject().put("title", "CEO").put("of", "tesla");
            article.withArray("entities").addObject().put("type", "organization").put("id", "tesla")
                    .put("name", "Tesla").put("kind", "company");
            loader.load("article-" + i, reader.read("article-" + i, article));
            ids.add("article-" + i);
        }
        assertThat(roleSample()).containsExactly("article-1", "article-2", "article-3", "article-4", "article-5");

        // Two articles of the sample go; the sample takes two of the others in their place.
        loader.delete("article-2");
        loader.delete("article-4");

        assertThat(roleSample()).containsExactly("article-1", "article-3", "article-5", "article-6", "article-7");
        assertThat(roles("elon-musk")).containsExactly("CEO of tesla by [article-1, article-3, article-5, "
                + "article-6, article-7]");
        for (String id : List.of("article-1", "article-3", "article-5", "article-6")) {
            loader.delete(id);
        }
        assertThat(roles("elon-musk")).containsExactly("CEO of tesla by [article-7]");
        loader.delete("article-7");
        assertThat(neo4j.count("()-[:HOLDS_ROLE]->()")).isZero();
    }

    private List<String> roleSample() {
        return neo4j.run("MATCH (:Person {id: 'elon-musk'})-[r:HOLDS_ROLE]->() RETURN r.articleSample AS s").get(0)
                .get("s").asList(org.neo4j.driver.Value::asString);
    }

    private Prepared prepared(Dataset dataset) {
        return loader.prepare(dataset.article().id(), dataset, null);
    }

    @Test
    void aGraphWrittenByTheOlderLoaderIsConvertedReloadedOnceAndThenMatchesAFreshLoad() {
        // A fresh load, by a new loader over the empty graph (which marks its format, as the conversion will).
        DatasetLoader first = newLoader();
        first.load("second", reader.read("second", secondArticleSharingFacts()));
        first.load("seed", reader.read(Seed.DATASET));
        List<String> fresh = neo4j.snapshot();
        // What the previous loader (v2) left: another fingerprint, every asserting article's id on each fact, the
        // facts not on the NAMES, aliases without counts (and in another order).
        neo4j.run("MATCH (a:Article) SET a.datasetSha256 = 'written by v2'");
        neo4j.run("""
                MATCH ()-[f:HOLDS_ROLE|PART_OF|ANNEXATION_CLAIMED_BY]->()
                SET f.articles = f.articleSample REMOVE f.articleCount, f.articleSample""");
        neo4j.run("MATCH ()-[n:NAMES]->() REMOVE n.roles, n.partOf, n.annexationClaimedBy");
        neo4j.run("""
                MATCH (e:Entity)
                SET e.aliases = [i IN range(size(e.aliases) - 1, 0, -1) | e.aliases[i]]
                REMOVE e.aliasCounts""");
        neo4j.run("MATCH (f:GraphFormat) DELETE f"); // the format marker came after v2
        // A restart: a new loader, which converts the graph before its first write.
        DatasetLoader restarted = newLoader();

        LoadResult reloaded = restarted.load("seed", reader.read(Seed.DATASET));
        restarted.load("second", reader.read("second", secondArticleSharingFacts()));
        LoadResult again = restarted.load("seed", reader.read(Seed.DATASET));

        assertThat(reloaded.status()).isEqualTo(LoadResult.Status.UPDATED);
        assertThat(again.status()).isEqualTo(LoadResult.Status.UNCHANGED);
        assertThat(neo4j.snapshot()).isEqualTo(fresh);
        // And what the conversion wrote is what later edits rely on.
        restarted.delete("second-article");
        assertThat(roles("elon-musk")).containsExactlyInAnyOrder(
                "CEO of tesla by [musk-ukraine-peace-plan]", "chief executive of spacex by [musk-ukraine-peace-plan]");
    }

    @Test
    void aGraphWrittenByTheV3LoaderIsReloadedWithEachStatementsEvidenceAndPassage() throws Exception {
        Dataset seed = reader.read(Seed.DATASET);
        loader.load("seed", seed);
        List<String> fresh = neo4j.snapshot();
        // What the v3 loader left: its fingerprint, and statements without evidence or passage.
        neo4j.run("MATCH (a:Article) SET a.datasetSha256 = $old", Map.of("old",
                DatasetLoader.sha256("saidgraph-load-v3\n" + reader.mapper().writeValueAsString(seed))));
        neo4j.run("MATCH (s:Statement) REMOVE s.evidence, s.passage");

        LoadResult reloaded = loader.load("seed", reader.read(Seed.DATASET));

        assertThat(reloaded.status()).isEqualTo(LoadResult.Status.UPDATED);
        assertThat(neo4j.snapshot()).isEqualTo(fresh);
        var denial = neo4j.run("MATCH (s:Statement {id: $id}) RETURN s.evidence AS evidence, s.passage AS passage",
                Map.of("id", Seed.ARTICLE_ID + ".musk-denial-tweet")).get(0);
        assertThat(denial.get("evidence").asString()).startsWith("No, it is not.");
        assertThat(denial.get("passage").asString()).startsWith("But since when asked if the claims, published by "
                + "Vice were true, the billionaire tweeted:");
    }

    private List<String> aliases(String entityId) {
        return neo4j.run("MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases", Map.of("id", entityId)).get(0)
                .get("aliases").asList(org.neo4j.driver.Value::asString);
    }

    private List<Long> aliasCounts(String entityId) {
        return neo4j.run("MATCH (e:Entity {id: $id}) RETURN e.aliasCounts AS counts", Map.of("id", entityId)).get(0)
                .get("counts").asList(org.neo4j.driver.Value::asLong);
    }

    /**
     * Each HOLDS_ROLE of the person as "title of organization by [articles]", from the articles' own NAMES, checked
     * against the role's articleCount and articleSample.
     */
    private List<String> roles(String personId) {
        return neo4j.run("""
                        MATCH (p:Person {id: $id})-[r:HOLDS_ROLE]->(o)
                        RETURN r.title + ' of ' + o.id AS role, r.articleCount AS count, r.articleSample AS sample,
                          COLLECT {
                            MATCH (a:Article)-[n:NAMES]->(p) WHERE r.title + ' of ' + o.id IN n.roles
                            RETURN a.id ORDER BY a.id
                          } AS articles""",
                Map.of("id", personId)).stream()
                .map(r -> {
                    List<String> articles = r.get("articles").asList(org.neo4j.driver.Value::asString);
                    assertThat(r.get("count").asLong()).isEqualTo(articles.size());
                    assertThat(r.get("sample").asList(org.neo4j.driver.Value::asString)).isEqualTo(articles);
                    return r.get("role").asString() + " by " + articles;
                })
                .toList();
    }

    private static ObjectNode entity(ObjectNode dataset, String id) {
        return SmallArticle.entity(dataset, id);
    }

    /**
     * A small second article, written for this test, that gives Musk an alias of its own and one the seed gives
     * too, and asserts one of the seed's roles (chief executive of SpaceX) and a fact of its own (Kyiv is part of
     * Ukraine).
     */
    private ObjectNode secondArticleSharingFacts() {
        ObjectNode dataset = secondArticle();
        ObjectNode musk = entity(dataset, "elon-musk");
        musk.putArray("aliases").add("the billionaire").add("@elonmusk");
        musk.putArray("roles").addObject().put("title", "chief executive").put("of", "spacex");
        entity(dataset, "kyiv").putArray("partOf").add("ukraine");
        dataset.withArray("entities").addObject().put("type", "organization").put("id", "spacex")
                .put("name", "SpaceX").put("kind", "company");
        dataset.withArray("entities").addObject().put("type", "territory").put("id", "ukraine")
                .put("name", "Ukraine").put("kind", "country");
        return dataset;
    }

    /** A small second article, written for this test, that names Musk again with a new alias. */
    private ObjectNode secondArticle() {
        return articleNamingMusk("second-article");
    }

    /** The small article of {@link #secondArticle()} under another id. */
    private ObjectNode articleNamingMusk(String id) {
        return SmallArticle.json(id);
    }
}

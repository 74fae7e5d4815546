package org.saidgraph.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.support.Seed;
import org.saidgraph.support.TestGraph;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DatasetLoaderTest {

    private static TestGraph neo4j;
    private static DatasetReader reader;
    private static DatasetLoader loader;

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
        assertThat(aliases("elon-musk")).containsExactly("Musk", "@elonmusk", "elonmusk");
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
        // In article id order: the seed's, then the second article's new one.
        assertThat(aliases("elon-musk")).containsExactly("Musk", "@elonmusk", "elonmusk", "the billionaire");
        ObjectNode edited = Seed.json();
        ObjectNode musk = entity(edited, "elon-musk");
        musk.putArray("aliases").add("Musk"); // drops "@elonmusk" (the second article gives it too) and "elonmusk"

        loader.load("edited", reader.read("edited", edited));

        assertThat(aliases("elon-musk")).containsExactly("Musk", "the billionaire", "@elonmusk");
        // nameText feeds the entity_names full-text index.
        assertThat(neo4j.run("MATCH (p:Person {id: 'elon-musk'}) RETURN p.nameText AS t").get(0).get("t").asString())
                .isEqualTo("Elon Musk\nMusk\nthe billionaire\n@elonmusk");
        assertThat(neo4j.run("""
                MATCH (:Article {id: $seed})-[n:NAMES]->(:Person {id: 'elon-musk'}) RETURN n.aliases AS aliases""",
                Map.of("seed", Seed.ARTICLE_ID)).get(0).get("aliases").asList(org.neo4j.driver.Value::asString))
                .containsExactly("Musk");

        loader.delete("second-article");

        assertThat(aliases("elon-musk")).containsExactly("Musk");
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
                MATCH (:Territory {id: 'kyiv'})-[p:PART_OF]->(:Territory {id: 'ukraine'}) RETURN p.articles AS a"""))
                .singleElement().satisfies(r -> assertThat(r.get("a").asList()).containsExactly("second-article"));
        // Ukraine's PART_OF Europe was the seed's alone, and Europe went with it.
        assertThat(neo4j.count("(:Territory {id: 'ukraine'})-[:PART_OF]->()")).isZero();
        assertThat(aliases("elon-musk")).containsExactly("the billionaire", "@elonmusk");
        assertThat(aliases("spacex")).isEmpty();

        assertThat(loader.delete("second-article")).isTrue();

        assertThat(neo4j.count("(n)")).isZero();
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
    void aGraphWrittenByTheOlderLoaderIsReloadedOnceAndThenMatchesAFreshLoad() throws Exception {
        Dataset seed = reader.read(Seed.DATASET);
        loader.load("seed", seed);
        List<String> fresh = neo4j.snapshot();
        // What the previous loader left: a fingerprint of the dataset alone, no per-article aliases or fact sources.
        neo4j.run("MATCH (a:Article) SET a.datasetSha256 = $old",
                Map.of("old", DatasetLoader.sha256(reader.mapper().writeValueAsString(seed))));
        neo4j.run("MATCH ()-[n:NAMES]->() REMOVE n.aliases");
        neo4j.run("MATCH ()-[f:HOLDS_ROLE|PART_OF|ANNEXATION_CLAIMED_BY]->() REMOVE f.articles");

        LoadResult reloaded = loader.load("seed", reader.read(Seed.DATASET));
        LoadResult again = loader.load("seed", reader.read(Seed.DATASET));

        assertThat(reloaded.status()).isEqualTo(LoadResult.Status.UPDATED);
        assertThat(again.status()).isEqualTo(LoadResult.Status.UNCHANGED);
        assertThat(neo4j.snapshot()).isEqualTo(fresh);
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

    private static List<String> aliases(String entityId) {
        return neo4j.run("MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases", Map.of("id", entityId)).get(0)
                .get("aliases").asList(org.neo4j.driver.Value::asString);
    }

    /** Each HOLDS_ROLE of the person as "title of organization by [articles]". */
    private static List<String> roles(String personId) {
        return neo4j.run("""
                        MATCH (:Person {id: $id})-[r:HOLDS_ROLE]->(o)
                        RETURN r.title + ' of ' + o.id AS role, r.articles AS articles""",
                Map.of("id", personId)).stream()
                .map(r -> r.get("role").asString() + " by " + r.get("articles").asList(org.neo4j.driver.Value::asString))
                .toList();
    }

    private static ObjectNode entity(ObjectNode dataset, String id) {
        for (var e : dataset.withArray("entities")) {
            if (e.get("id").asText().equals(id)) {
                return (ObjectNode) e;
            }
        }
        throw new IllegalArgumentException("no entity " + id);
    }

    /**
     * A small second article, written for this test, that gives Musk an alias of its own and one the seed gives
     * too, and asserts one of the seed's roles (chief executive of SpaceX) and a fact of its own (Kyiv is part of
     * Ukraine).
     */
    private static ObjectNode secondArticleSharingFacts() {
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
    private static ObjectNode secondArticle() {
        String text = "The billionaire said on Monday that he would visit Kyiv. \"Hello, Kyiv,\" Musk wrote.";
        ObjectNode dataset = reader.mapper().valueToTree(Map.of(
                "formatVersion", 1,
                "origin", "curated",
                "article", Map.of("id", "second-article", "title", "A second article", "text", text),
                "entities", List.of(
                        Map.of("type", "person", "id", "elon-musk", "name", "Elon Musk",
                                "aliases", List.of("the billionaire")),
                        Map.of("type", "territory", "id", "kyiv", "name", "Kyiv", "kind", "city")),
                "statements", List.of(Map.of(
                        "id", "second-article.musk-says-hello",
                        "text", "Hello, Kyiv,",
                        "verbatim", true,
                        "act", "statement",
                        "speaker", "elon-musk",
                        "span", Map.of("start", text.indexOf("Hello"), "end", text.indexOf("Hello") + 12),
                        "mentions", List.of(Map.of("entity", "kyiv"))))));
        return dataset;
    }
}

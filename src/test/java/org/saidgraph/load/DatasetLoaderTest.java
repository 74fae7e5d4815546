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

package org.saidgraph.load;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.generate.CorpusGenerator;
import org.saidgraph.generate.GeneratorSettings;
import org.saidgraph.support.Seed;
import org.saidgraph.support.SelkaCorpus;
import org.saidgraph.support.TestGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linking's reads by id (link/candidates, link/utterance-members, link/utterance-reports, and link/kept-utterances
 * and link/added-members, planned only) are written so that each
 * step can only expand from the one before, whatever the graph's statistics when the loader first plans them (it keeps
 * that plan for the whole load, LoadQueries): over a loaded graph they must return exactly the rows of their plain
 * forms, the same MATCHes without anchors (the loader's queries before they were anchored), and plan from their
 * index seeks without scanning.
 */
class AnchoredLinkQueriesTest {

    /** link/candidates as it was written before it was anchored (each hit once, as CorpusLinks now asks). */
    private static final String PLAIN_CANDIDATES = """
            UNWIND $ids AS id
            MATCH (hit:Statement {id: id})
            WHERE NOT EXISTS { (hit)-[:SOURCED_FROM]->(x:Article) WHERE x.id IN $excluded }
            MATCH (speaker:Entity)-[:SAID]->(hit)
            OPTIONAL MATCH (hit)-[:OCCURRENCE_OF]->(u:Utterance)
            RETURN hit.id AS id, speaker.id AS speaker, hit.verbatim AS verbatim,
                   hit.text AS text, hit.act AS act, hit.date AS date,
                   COLLECT { MATCH (hit)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions,
                   u.id AS utteranceId, u.text AS utteranceText, coalesce(u.verbatim, false) AS utteranceVerbatim""";

    /** link/utterance-members as it was written before it was anchored. */
    private static final String PLAIN_MEMBERS = """
            UNWIND $ids AS id
            MATCH (u:Utterance {id: id})<-[o:OCCURRENCE_OF]-(s:Statement)
            MATCH (speaker:Entity)-[:SAID]->(s)
            OPTIONAL MATCH (s)-[:SOURCED_FROM]->(a:Article)
            RETURN u.id AS utterance, s.id AS id, speaker.id AS speaker, s.verbatim AS verbatim, s.text AS text,
                   s.act AS act, s.date AS date, a.published AS published,
                   COLLECT { MATCH (s)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions,
                   COLLECT { MATCH (a)-[:PUBLISHED_BY]->(x:Organization) RETURN x.id } AS outlets""";

    /** link/utterance-reports as it was written before it was anchored. */
    private static final String PLAIN_REPORTS = """
            UNWIND $ids AS id
            MATCH (u:Utterance {id: id})<-[:OCCURRENCE_OF]-(s:Statement {verbatim: false})
            MATCH (speaker:Entity)-[:SAID]->(s)
            RETURN u.id AS utterance, s.id AS id, speaker.id AS speaker, s.verbatim AS verbatim, s.text AS text,
                   s.act AS act, s.date AS date, COLLECT { MATCH (s)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions""";

    private static final List<String> SCANS = List.of("AllNodesScan", "NodeByLabelScan", "RelationshipTypeScan",
            "AllRelationshipsScan", "CartesianProduct", "NodeHashJoin", "ValueHashJoin");

    private static TestGraph neo4j;
    private static List<String> utteranceIds;
    private static Map<String, Object> candidateParameters;

    @BeforeAll
    static void loadTheSeedTheSelkaCorpusAndAGeneratedOne() {
        neo4j = TestGraph.shared();
        neo4j.clear();
        DatasetReader reader = new DatasetReader();
        DatasetLoader loader = new DatasetLoader(new EmbeddedTransactions(neo4j.database()), reader.mapper());
        loader.load("seed", reader.read(Seed.DATASET));
        SelkaCorpus.datasets(reader).forEach(d -> loader.load(d.article().id(), d));
        List<Dataset> generated = new CorpusGenerator(GeneratorSettings.DEFAULTS.withArticles(60).withSeed(7))
                .datasets().toList();
        loader.load(generated.stream().map(d -> loader.prepare(d.article().id(), d, null)).toList());

        utteranceIds = strings("MATCH (u:Utterance) RETURN u.id AS v ORDER BY v");
        // Every statement is a hit: of an excluded article, in an utterance or not.
        List<String> hits = strings("MATCH (s:Statement) RETURN s.id AS v ORDER BY v");
        List<String> excluded = strings("MATCH (a:Article) RETURN a.id AS v ORDER BY v LIMIT 3");
        candidateParameters = Map.of("ids", hits, "excluded", excluded);
        assertThat(utteranceIds).hasSizeGreaterThan(300);
        assertThat(hits).hasSizeGreaterThan(300);
    }

    @AfterAll
    static void clear() {
        neo4j.clear();
    }

    @Test
    void candidatesAreTheRowsOfThePlainForm() {
        List<String> anchored = lines(LoadQueries.text("link/candidates"), candidateParameters);
        assertThat(anchored).hasSizeGreaterThan(300);
        assertThat(anchored).containsExactlyInAnyOrderElementsOf(lines(PLAIN_CANDIDATES, candidateParameters));
        // Some hits are already in an utterance with several occurrences, some are excluded: the rows test both.
        assertThat(anchored).anyMatch(line -> !line.contains("utteranceId=null"));
        assertThat(lines(PLAIN_CANDIDATES, Map.of("ids", candidateParameters.get("ids"),
                "excluded", List.of()))).hasSizeGreaterThan(anchored.size());
    }

    @Test
    void utteranceMembersAreTheRowsOfThePlainForm() {
        Map<String, Object> parameters = Map.of("ids", utteranceIds);
        List<String> anchored = lines(LoadQueries.text("link/utterance-members"), parameters);
        assertThat(anchored).hasSize((int) neo4j.count("(:Statement)-[:OCCURRENCE_OF]->(:Utterance)"));
        assertThat(anchored).containsExactlyInAnyOrderElementsOf(lines(PLAIN_MEMBERS, parameters));
    }

    @Test
    void utteranceReportsAreTheRowsOfThePlainForm() {
        Map<String, Object> parameters = Map.of("ids", utteranceIds);
        List<String> anchored = lines(LoadQueries.text("link/utterance-reports"), parameters);
        assertThat(anchored).isNotEmpty();
        assertThat(anchored).containsExactlyInAnyOrderElementsOf(lines(PLAIN_REPORTS, parameters));
    }

    @Test
    void overALoadedGraphEachIsPlannedFromItsIndexSeekWithoutScansOrJoins() {
        List<Map<String, Object>> members = rows("""
                MATCH (s:Statement)-[:OCCURRENCE_OF]->(u:Utterance)
                RETURN u.id AS utterance, s.id AS statement ORDER BY statement""", Map.of());
        for (String name : List.of("link/candidates", "link/utterance-members", "link/utterance-reports",
                "link/kept-utterances", "link/added-members")) {
            Map<String, Object> parameters = name.equals("link/candidates") ? candidateParameters
                    : name.equals("link/added-members") ? Map.of("members", members) : Map.of("ids", utteranceIds);
            List<String> operators = new ArrayList<>();
            try (Transaction tx = neo4j.database().beginTx(); Result result = tx.execute(
                    LoadQueries.text(name).replaceFirst("CYPHER replan=skip", "CYPHER replan=force EXPLAIN"),
                    parameters)) {
                collect(result.getExecutionPlanDescription(), operators);
            }
            assertThat(operators).as(name).anyMatch(o -> o.startsWith("NodeUniqueIndexSeek"));
            assertThat(operators).as(name).noneMatch(o -> SCANS.stream().anyMatch(o::contains));
        }
    }

    private static List<String> lines(String query, Map<String, Object> parameters) {
        return rows(query, parameters).stream().map(row -> new java.util.TreeMap<>(row).toString()).toList();
    }

    private static List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Transaction tx = neo4j.database().beginTx(); Result result = tx.execute(query, parameters)) {
            result.forEachRemaining(row -> {
                Map<String, Object> copy = new java.util.HashMap<>();
                row.forEach((k, v) -> copy.put(k, v instanceof List<?> l ? l.stream().sorted().toList() : v));
                rows.add(copy);
            });
        }
        return rows;
    }

    private static List<String> strings(String query) {
        return rows(query, Map.of()).stream().map(r -> (String) r.get("v")).toList();
    }

    private static void collect(ExecutionPlanDescription plan, List<String> operators) {
        operators.add(plan.getName());
        plan.getChildren().forEach(child -> collect(child, operators));
    }
}

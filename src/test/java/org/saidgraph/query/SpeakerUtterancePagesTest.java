package org.saidgraph.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.saidgraph.graph.Cypher;
import org.saidgraph.support.TestGraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speaker's utterances, read a page at a time in date order from the utterance_speaker_date index (issue 9),
 * answer as the query that read and sorted them all (src/test/resources/oracle/speaker-utterances.cypher): the same
 * total and the same page, for speakers with dated and undated utterances, only dated, only undated, many on the
 * same day, and pages before, across and after the last dated one.
 */
class SpeakerUtterancePagesTest {

    private final TestGraph neo4j = TestGraph.shared();

    @BeforeEach
    @AfterEach
    void clear() {
        neo4j.clear();
    }

    @Test
    void pagesReadInIndexOrderAreThoseOfTheQueryThatSortedEveryUtterance() throws Exception {
        Random random = new Random(7);
        List<Map<String, Object>> utterances = new ArrayList<>();
        addUtterances(utterances, random, "ana", 40, 3);
        addUtterances(utterances, random, "bo", 9, 0);
        addUtterances(utterances, random, "cy", 12, 100);
        neo4j.run("""
                UNWIND ['ana', 'bo', 'cy'] AS speaker
                CREATE (:Person:Entity {id: speaker})
                WITH count(*) AS speakers
                UNWIND range(0, 5) AS i
                CREATE (:Article {id: 'a' + i, published: CASE WHEN i < 4 THEN date('2024-01-01') + duration({days: i})
                                                          END})
                WITH count(*) AS done
                UNWIND $utterances AS x
                CREATE (u:Utterance {id: x.id, speaker: x.speaker, date: x.date})
                WITH u, x
                UNWIND x.statements AS st
                MATCH (a:Article {id: st.article})
                CREATE (u)<-[:OCCURRENCE_OF]-(:Statement {id: st.id, date: st.date})-[:SOURCED_FROM]->(a)
                """, Map.of("utterances", utterances));
        String oracle = Files.readString(Path.of("src/test/resources/oracle/speaker-utterances.cypher"));
        int[][] pages = {{0, 200}, {0, 1}, {0, 7}, {7, 7}, {14, 7}, {21, 7}, {28, 7}, {35, 7}, {1, 30}, {26, 3},
            {27, 3}, {29, 3}, {30, 5}, {39, 2}, {40, 20}, {100, 5}};
        for (String speaker : List.of("ana", "bo", "cy")) {
            for (int[] page : pages) {
                Map<String, Object> params = Map.of("id", speaker, "skip", page[0], "limit", page[1],
                        "cap", Page.COUNT_CAP);
                Record expected = neo4j.run(oracle, params).get(0);
                Record actual = neo4j.run(Cypher.query("query/speaker-utterances"), params).get(0);
                String as = params.toString();
                assertThat(actual.get("total").asLong()).as(as).isEqualTo(expected.get("total").asLong());
                assertThat(actual.get("totalIsLowerBound").asBoolean()).as(as).isFalse();
                assertThat(actual.get("ids").asList(Value::asString)).as(as)
                        .isEqualTo(expected.get("ids").asList(Value::asString));
            }
        }
        assertThat(neo4j.run(oracle, Map.of("id", "ana", "skip", 0, "limit", 200)).get(0).get("ids").size())
                .isEqualTo(40);
        // An unknown id answers no row (the API's 404), where the oracle counted nothing.
        assertThat(neo4j.run(Cypher.query("query/speaker-utterances"), Map.of("id", "nobody", "skip", 0, "limit", 20,
                "cap", Page.COUNT_CAP))).isEmpty();
    }

    @Test
    void theTotalCountsUpToTheCapAndSaysWhenItStoppedThereWhileThePagesStayThoseOfTheOracle() throws Exception {
        Random random = new Random(11);
        List<Map<String, Object>> utterances = new ArrayList<>();
        addUtterances(utterances, random, "ana", 12, 4);
        neo4j.run("""
                CREATE (:Person:Entity {id: 'ana'}), (:Article {id: 'a0', published: date('2024-01-01')})
                WITH 1 AS one
                UNWIND $utterances AS x
                CREATE (u:Utterance {id: x.id, speaker: x.speaker, date: x.date})<-[:OCCURRENCE_OF]-
                       (:Statement {id: x.id + '.s'})-[:SOURCED_FROM]->(:Article {id: x.id + '.a'})
                """, Map.of("utterances", utterances));
        String oracle = Files.readString(Path.of("src/test/resources/oracle/speaker-utterances.cypher"));
        for (int cap : new int[]{5, 11, 12, 13}) {
            for (int[] page : new int[][]{{0, 20}, {0, 3}, {9, 3}, {10, 5}}) {
                Map<String, Object> params = Map.of("id", "ana", "skip", page[0], "limit", page[1], "cap", cap);
                Record expected = neo4j.run(oracle, params).get(0);
                Record actual = neo4j.run(Cypher.query("query/speaker-utterances"), params).get(0);
                String as = params.toString();
                assertThat(actual.get("total").asLong()).as(as).isEqualTo(Math.min(cap, 12));
                assertThat(actual.get("totalIsLowerBound").asBoolean()).as(as).isEqualTo(cap < 12);
                assertThat(actual.get("ids").asList(Value::asString)).as(as)
                        .isEqualTo(expected.get("ids").asList(Value::asString));
            }
        }
    }

    /**
     * {@code n} utterances of the speaker, one in {@code undatedOneIn} undated (0: none dated), the dated ones on
     * a few days so that many share one; each with one to three occurrences in articles with and without a date.
     */
    private static void addUtterances(List<Map<String, Object>> into, Random random, String speaker, int n,
                                      int undatedOneIn) {
        for (int i = 0; i < n; i++) {
            String id = speaker + "-u" + random.nextInt(1000) + "-" + i;
            boolean undated = undatedOneIn == 0 || random.nextInt(undatedOneIn) == 0;
            LocalDate date = undated ? null : LocalDate.of(2024, 3, 1 + random.nextInt(5));
            List<Map<String, Object>> statements = new ArrayList<>();
            for (int k = random.nextInt(3); k >= 0; k--) {
                Map<String, Object> statement = new HashMap<>(Map.of("id", id + ".s" + k,
                        "article", "a" + random.nextInt(6)));
                statement.put("date", random.nextBoolean() ? null : LocalDate.of(2024, 2, 1 + random.nextInt(3)));
                statements.add(statement);
            }
            Map<String, Object> utterance = new HashMap<>(Map.of("id", id, "speaker", speaker,
                    "statements", statements));
            utterance.put("date", date);
            into.add(utterance);
        }
    }
}

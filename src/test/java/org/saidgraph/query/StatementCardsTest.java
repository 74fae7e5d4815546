package org.saidgraph.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.saidgraph.graph.Cypher;
import org.saidgraph.support.MixedCorpus;
import org.saidgraph.support.ReadPath;
import org.saidgraph.support.TestGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement cards (query/statement-cards.cypher, every statement answer's body) are the cards the query before
 * its cost was cut gave (kept as the oracle in {@code src/test/resources/oracle/}): for every statement of the seed,
 * the Selka corpus and generated articles (relays, reply and denial chains, utterances carried by several outlets),
 * the same fields with the same values, lists in the same order, and the same cards in the order of the ids asked.
 */
class StatementCardsTest {

    private static final String ORACLE = "src/test/resources/oracle/statement-cards.cypher";

    private static TestGraph neo4j;

    @BeforeAll
    static void load() {
        neo4j = TestGraph.shared();
        MixedCorpus.load(neo4j);
    }

    @AfterAll
    static void clear() {
        neo4j.clear();
    }

    @Test
    void everyStatementsCardEqualsTheCardOfTheQueryBefore() throws IOException {
        String oracle = Files.readString(Path.of(ORACLE));
        List<String> ids = new ArrayList<>(neo4j.run("MATCH (s:Statement) RETURN s.id AS id ORDER BY id DESC").stream()
                .map(r -> r.get("id").asString()).toList());
        assertThat(ids).hasSizeGreaterThan(1000);
        // Ids that name no statement are left out by both, wherever they stand.
        ids.add(0, "no-such-statement");
        ids.add(ids.size() / 2, "no-such-statement-either");
        Set<String> seen = new HashSet<>();
        int compared = 0;
        for (int from = 0; from < ids.size(); from += 50) {
            Map<String, Object> params = Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 50)));
            List<Map<String, Object>> expected = neo4j.run(oracle, params).stream().map(Record::asMap).toList();
            List<Map<String, Object>> actual = neo4j.run(Cypher.query("query/statement-cards"), params).stream()
                    .map(Record::asMap).toList();
            assertThat(actual).as("cards of %s", params.get("ids")).isEqualTo(expected);
            for (Map<String, Object> card : actual) {
                for (String list : List.of("relayChain", "disputedBy", "reports", "reportedIn", "respondsTo",
                        "denies", "replies", "deniedBy", "addressedTo", "mentions")) {
                    if (!((List<?>) card.get(list)).isEmpty()) {
                        seen.add(list);
                    }
                }
                if (((List<?>) card.get("relayChain")).size() > 1) {
                    seen.add("relayed twice");
                }
                if (card.get("utterance") instanceof Map<?, ?> u && ((List<?>) u.get("outlets")).size() > 1) {
                    seen.add("several outlets");
                }
                if (Boolean.FALSE.equals(card.get("firstHand"))) {
                    seen.add("not first-hand");
                }
                compared++;
            }
        }
        assertThat(compared).isEqualTo(ids.size() - 2);
        assertThat(seen).containsExactlyInAnyOrder("relayChain", "disputedBy", "reports", "reportedIn", "respondsTo",
                "denies", "replies", "deniedBy", "addressedTo", "mentions", "relayed twice", "several outlets",
                "not first-hand");
    }

    @Test
    void everyStatementsCardIsTheSameReadInTheDatabaseAsReadOverBolt() {
        List<String> ids = neo4j.run("MATCH (s:Statement) RETURN s.id AS id ORDER BY id").stream()
                .map(r -> r.get("id").asString()).toList();
        StatementCards overBolt = new StatementCards(neo4j.graph(ReadPath.DRIVER));
        StatementCards inTheDatabase = new StatementCards(neo4j.graph(ReadPath.EMBEDDED));
        int compared = 0;
        for (int from = 0; from < ids.size(); from += 50) {
            List<String> page = ids.subList(from, Math.min(ids.size(), from + 50));
            List<StatementView> expected = overBolt.byIds(page);
            assertThat(inTheDatabase.byIds(page)).as("cards of %s", page).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).isEqualTo(ids.size()).isGreaterThan(1000);
    }
}

package org.saidgraph.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.graph.Cypher;
import org.saidgraph.support.Seed;
import org.saidgraph.support.SmallArticle;
import org.saidgraph.support.TestGraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sort keys of load/sort-keys.cypher (issue 9): the loader writes them for every statement and MENTIONS, and a
 * graph written before it kept them (simulated by removing them) gets the same keys back when a loader starts over it,
 * even when no dataset has changed and none is read again.
 */
class SortKeyUpgradeTest {

    /** Every key, in a stable order, so that two states of the graph can be compared. */
    private static final String KEYS = """
            MATCH (e:Entity)-[:SAID]->(s:Statement)
            RETURN s.id + ' ' + e.id + ' ' + coalesce(s.speaker, '-') + ' ' + coalesce(s.sortKey, '-') AS key
            UNION ALL
            MATCH (s:Statement)-[m:MENTIONS]->(e:Entity)
            RETURN s.id + ' mentions ' + e.id + ' ' + coalesce(m.entity, '-') + ' ' + coalesce(m.sortKey, '-')
              + ' ' + coalesce(m.position, '') AS key""";

    /** What a graph written before sort keys lacks: them, and the format marker that only later loaders write. */
    static final String FORGET = """
            MATCH (s:Statement) REMOVE s.sortKey, s.speaker
            WITH count(*) AS statements
            MATCH ()-[m:MENTIONS]->() REMOVE m.entity, m.sortKey
            WITH count(*) AS mentions
            OPTIONAL MATCH (f:GraphFormat) DELETE f""";

    private final TestGraph neo4j = TestGraph.shared();
    private final DatasetReader reader = new DatasetReader();

    @TempDir
    Path dir;

    @BeforeEach
    void loadTheSeedAndTwoArticles() throws Exception {
        neo4j.clear();
        Files.copy(Seed.DATASET, dir.resolve("seed.json"));
        for (String id : List.of("second", "third")) {
            Files.writeString(dir.resolve(id + ".json"), new ObjectMapper().writeValueAsString(SmallArticle.json(id)));
        }
        Files.writeString(dir.resolve("fourth.json"), new ObjectMapper().writeValueAsString(datedTwiceMentioning()));
        assertThat(directoryLoad(newLoader()).created()).isEqualTo(4);
    }

    /**
     * A published article whose statement has a date of its own, from elsewhere, and mentions Kyiv with a position;
     * and a second statement, undated, that takes the article's date.
     */
    private static ObjectNode datedTwiceMentioning() {
        ObjectNode dataset = SmallArticle.json("fourth");
        ((ObjectNode) dataset.get("article")).put("published", "2024-03-09");
        ArrayNode statements = dataset.withArray("statements");
        ObjectNode first = (ObjectNode) statements.get(0);
        first.put("date", "2024-02-29").put("dateSource", "external");
        ArrayNode mentions = first.withArray("mentions");
        mentions.removeAll();
        mentions.addObject().put("entity", "kyiv").put("position", "contested");
        ObjectNode second = first.deepCopy();
        second.put("id", "fourth.musk-wrote").remove(List.of("date", "dateSource"));
        second.putArray("mentions");
        statements.add(second);
        return dataset;
    }

    @Test
    void theLoaderKeysEveryStatementByItsSpeakerAndEveryMentionByItsEntity() {
        List<String> keys = keys();
        assertThat(keys).hasSize((int) (neo4j.count("(:Statement)") + neo4j.count("()-[:MENTIONS]->()")));
        assertThat(keys).allSatisfy(key -> assertThat(key.split(" ")).doesNotContain("-"));
        assertThat(neo4j.count("(e:Entity)-[:SAID]->(s:Statement) WHERE s.speaker = e.id"))
                .isEqualTo(neo4j.count("(:Statement)"));
        assertThat(neo4j.count("(s:Statement)-[m:MENTIONS]->(e:Entity) WHERE m.entity = e.id AND m.sortKey = s.sortKey"))
                .isEqualTo(neo4j.count("()-[:MENTIONS]->()"));
        assertThat(needsSortKeys()).isFalse();
    }

    @Test
    void theLoaderDatesEachStatementByItsOwnDateOrElseByItsArticlesAndKeysItByThatDate() {
        assertThat(neo4j.run("""
                MATCH (s:Statement) WHERE s.id STARTS WITH 'fourth.' OR s.id STARTS WITH 'second.'
                RETURN s.id + ' ' + coalesce(toString(s.date), '-') + ' ' + coalesce(s.dateSource, '-') AS line
                ORDER BY line""").stream().map(r -> r.get("line").asString()).toList()).containsExactly(
                "fourth.musk-says-hello 2024-02-29 external", "fourth.musk-wrote 2024-03-09 published",
                "second.musk-says-hello - -");
        assertThat(keys()).filteredOn(k -> k.startsWith("fourth.musk-says-hello ")).hasSize(2)
                .allSatisfy(k -> assertThat(k).contains(" 079759770 fourth "));
        assertThat(keys()).filteredOn(k -> k.startsWith("fourth.musk-wrote ")).singleElement()
                .satisfies(k -> assertThat(k).contains(" 079759690 fourth "));
    }

    @Test
    void aStartOverAnOlderGraphGivesItTheSameKeysWithoutReadingAnyDatasetAgain() {
        List<String> written = keys();
        neo4j.run(FORGET);
        assertThat(needsSortKeys()).isTrue();

        LoadSummary restart = directoryLoad(newLoader());

        assertThat(restart.notReread()).isEqualTo(4);
        assertThat(needsSortKeys()).isFalse();
        assertThat(keys()).isEqualTo(written);
    }

    @Test
    void theUpgradeGoesThroughEveryStatementInSmallBatches() {
        List<String> written = keys();
        neo4j.run(FORGET);

        newLoader().upgradeOnce(2);

        assertThat(keys()).isEqualTo(written);
    }

    private DatasetLoader newLoader() {
        return new DatasetLoader(new DriverTransactions(neo4j.graph()), reader.mapper());
    }

    private LoadSummary directoryLoad(DatasetLoader loader) {
        return new DirectoryLoader(reader, loader).load(List.of(dir), DirectoryLoader.Options.defaults(),
                LoadProgress.silent(), e -> {
                    throw e;
                });
    }

    private List<String> keys() {
        return neo4j.run(KEYS).stream().map(r -> r.get("key").asString()).sorted().toList();
    }

    private boolean needsSortKeys() {
        return neo4j.run(Cypher.query("load/needs-sort-keys")).get(0).get("needed").asBoolean();
    }
}

package org.saidgraph.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.support.Seed;
import org.saidgraph.support.SelkaCorpus;
import org.saidgraph.support.SmallArticle;
import org.saidgraph.support.TestGraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The format marker of load/graph-format.cypher: a start over a graph the present loader has marked reads that one
 * node instead of checking every statement for what older loaders did not write; a graph without it (written before
 * the marker, without sort keys or stances) is still checked, upgraded and then marked; an empty graph is marked by
 * its first write, without any check.
 */
class GraphFormatTest {

    private static final List<String> CHECKS = List.of("load/needs-upgrade", "load/needs-sort-keys",
            "load/needs-outlets", "load/needs-defined-by", "load/needs-stances", "load/needs-relayed-counts");

    /** Sort keys and stances as the lists and positions read them, in a stable order. */
    private static final String KEPT = """
            MATCH (s:Statement) RETURN s.id + ' ' + coalesce(s.sortKey, '-') + ' ' + coalesce(s.speaker, '-') AS line
            UNION ALL
            MATCH (st:Stance) RETURN st.key + ' ' + st.statements + ' ' + st.speakers AS line""";

    private final TestGraph neo4j = TestGraph.shared();
    private final DatasetReader reader = new DatasetReader();

    @TempDir
    Path dir;

    @BeforeEach
    void datasets() throws Exception {
        neo4j.clear();
        Files.copy(Seed.DATASET, dir.resolve("seed.json"));
        Files.writeString(dir.resolve("second.json"), new ObjectMapper().writeValueAsString(SmallArticle.json("second")));
    }

    @Test
    void aFreshStartChecksNothingAndItsFirstWriteMarksTheGraph() {
        Counting queries = new Counting();

        assertThat(start(queries).created()).isEqualTo(2);

        assertThat(queries.names).contains("load/graph-format", "load/create-statements")
                .doesNotContainAnyElementsOf(CHECKS)
                // An empty graph has nothing committed to read back: no loaded files, articles, entities or statements.
                .doesNotContain("load/article-files", "load/read-articles", "load/entity-labels",
                        "link/committed-hits");
        assertThat(marker()).containsExactly((long) DatasetLoader.GRAPH_FORMAT);
    }

    @Test
    void aRestartOverAMarkedGraphReadsTheMarkerInsteadOfCheckingEveryStatement() {
        start(new Counting());
        Counting queries = new Counting();

        LoadSummary restart = start(queries);

        assertThat(restart.notReread()).isEqualTo(2);
        assertThat(queries.names).containsExactly("load/graph-format", "load/article-files");
        // What the checks would have found is not looked for: sort keys removed behind the marker's back stay away.
        neo4j.run("MATCH (s:Statement) REMOVE s.sortKey");
        start(new Counting());
        assertThat(neo4j.count("(s:Statement) WHERE s.sortKey IS NULL")).isEqualTo(neo4j.count("(:Statement)"))
                .isPositive();
    }

    @Test
    void aGraphWrittenBeforeTheMarkerWithoutSortKeysOrStancesIsUpgradedAtStartAndThenMarked() {
        start(new Counting());
        List<String> kept = lines();
        assertThat(neo4j.count("(:Stance)")).isPositive();
        // What a loader before sort keys, stances and the marker left.
        neo4j.run(SortKeyUpgradeTest.FORGET);
        neo4j.run("MATCH (st:Stance) DETACH DELETE st");
        neo4j.run("MATCH ()-[m:MENTIONS]->() REMOVE m.stanceOrder");
        assertThat(marker()).isEmpty();
        Counting queries = new Counting();

        LoadSummary restart = start(queries);

        assertThat(restart.notReread()).isEqualTo(2);
        assertThat(queries.names).containsAll(CHECKS).contains("load/sort-keys", "load/stances", "load/mark-format");
        assertThat(lines()).isEqualTo(kept);
        assertThat(marker()).containsExactly((long) DatasetLoader.GRAPH_FORMAT);
        Counting again = new Counting();
        start(again);
        assertThat(again.names).doesNotContainAnyElementsOf(CHECKS);
    }

    @Test
    void aGraphWrittenByAnotherHandAfterTheLoaderFoundItEmptyIsStillReadBeforeWriting() {
        DatasetLoader loader = new DatasetLoader(new EmbeddedTransactions(neo4j.database()), reader.mapper());
        loader.upgradeOnce(); // finds the graph empty
        neo4j.run("CREATE (:Territory:Entity {id: 'elon-musk', name: 'Elon Musk'})"); // through Bolt, say

        assertThatThrownBy(() -> loader.load("seed", reader.read(Seed.DATASET)))
                .isInstanceOf(InvalidDatasetException.class).hasMessageContaining("'elon-musk' is a Territory");
        assertThat(neo4j.count("(:Statement)")).isZero();
    }

    @Test
    void aGraphMarkedByAnOlderFormatIsCheckedAgain() {
        start(new Counting());
        neo4j.run("MATCH (f:GraphFormat) SET f.version = $v", Map.of("v", DatasetLoader.GRAPH_FORMAT - 1));
        Counting queries = new Counting();

        start(queries);

        assertThat(queries.names).containsAll(CHECKS);
        assertThat(marker()).containsExactly((long) DatasetLoader.GRAPH_FORMAT);
    }

    @Test
    void aGraphWhoseUtterancesHaveNoOutletsYetGetsThemAtStartABatchAtATime() throws Exception {
        // Four articles by three outlets, reporting the same words of Brandt and of Ilves.
        for (String article : List.of("selka-01-harbour-ledger", "selka-02-kestrel", "selka-05-dravian-courier",
                "selka-06-radio-northline")) {
            Files.copy(SelkaCorpus.DATASETS.resolve(article + ".json"), dir.resolve(article + ".json"));
        }
        start(new Counting());
        List<String> kept = outlets();
        assertThat(kept).doesNotContain("null").contains("[]")
                .anyMatch(outlets -> outlets.contains("kestrel-news-agency, the-dravian-courier, the-harbour-ledger"));
        // What a loader before utterances kept their outlets left, under its marker.
        neo4j.run("MATCH (u:Utterance) REMOVE u.outlets");
        neo4j.run("MATCH (f:GraphFormat) SET f.version = 2");
        Counting queries = new Counting();
        DatasetLoader loader = new DatasetLoader(queries.over(new EmbeddedTransactions(neo4j.database())),
                reader.mapper());

        loader.upgradeOnce(2);

        assertThat(outlets()).isEqualTo(kept);
        assertThat(queries.names.stream().filter("load/utterance-outlets"::equals).count())
                .isEqualTo((neo4j.count("(:Utterance)") + 2) / 2);
        assertThat(marker()).containsExactly((long) DatasetLoader.GRAPH_FORMAT);
    }

    @Test
    void aGraphWhoseUtterancesDoNotKeepTheirDefiningOccurrenceGetsItAtStartAsTheLoaderWouldHaveKeptIt()
            throws Exception {
        // The whole corpus: quotations contained in longer ones, normalised copies and reports of them.
        try (var files = Files.list(SelkaCorpus.DATASETS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        start(new Counting());
        List<String> kept = definedBy();
        assertThat(kept).doesNotContain("null");
        assertThat(neo4j.count("(:Utterance {occurrences: 4})")).isPositive();
        // What a loader before utterances kept it left, under its marker.
        neo4j.run("MATCH (u:Utterance) REMOVE u.definedBy");
        neo4j.run("MATCH (f:GraphFormat) SET f.version = 3");
        Counting queries = new Counting();
        DatasetLoader loader = new DatasetLoader(queries.over(new EmbeddedTransactions(neo4j.database())),
                reader.mapper());

        loader.upgradeOnce(2);

        assertThat(definedBy()).isEqualTo(kept);
        assertThat(queries.names.stream().filter("load/utterance-defined-by"::equals).count())
                .isEqualTo((neo4j.count("(:Utterance)") + 2) / 2);
        assertThat(marker()).containsExactly((long) DatasetLoader.GRAPH_FORMAT);
    }

    /** Every utterance's defining occurrence as the loader keeps it, by utterance. */
    private List<String> definedBy() {
        return neo4j.run("MATCH (u:Utterance) RETURN u.id + ' ' + coalesce(u.definedBy, 'null') AS line ORDER BY line")
                .stream().map(r -> r.get("line").asString()).toList();
    }

    /** Every utterance's outlets as the loader keeps them, by utterance. */
    private List<String> outlets() {
        return neo4j.run("MATCH (u:Utterance) RETURN u.id AS id, u.outlets AS outlets ORDER BY id").stream()
                .map(r -> r.get("outlets").isNull() ? "null" : r.get("outlets").asList(v -> v.asString()).toString())
                .toList();
    }

    /** A start's directory load by a new loader (as a new process has), its queries recorded. */
    private LoadSummary start(Counting queries) {
        DatasetLoader loader = new DatasetLoader(queries.over(new EmbeddedTransactions(neo4j.database())),
                reader.mapper());
        return new DirectoryLoader(reader, loader).load(List.of(dir), DirectoryLoader.Options.defaults(),
                LoadProgress.silent(), e -> {
                    throw e;
                });
    }

    private List<Long> marker() {
        return neo4j.run("MATCH (f:GraphFormat) RETURN f.version AS v").stream().map(r -> r.get("v").asLong())
                .toList();
    }

    private List<String> lines() {
        return neo4j.run(KEPT).stream().map(r -> r.get("line").asString()).sorted().toList();
    }

    /** Records the name of every query the loader runs. */
    private static final class Counting {

        final List<String> names = Collections.synchronizedList(new ArrayList<>());

        LoadTransactions over(LoadTransactions inner) {
            return new LoadTransactions() {
                @Override
                public <T> T write(Function<Tx, T> work) {
                    return inner.write(tx -> work.apply(recorded(tx)));
                }
            };
        }

        private LoadTransactions.Tx recorded(LoadTransactions.Tx tx) {
            return new LoadTransactions.Tx() {
                @Override
                public List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
                    names.add(query);
                    return tx.rows(query, parameters);
                }

                @Override
                public List<Map<String, Object>> committedRows(String query, Map<String, Object> parameters) {
                    names.add(query);
                    return tx.committedRows(query, parameters);
                }

                @Override
                public LoadTransactions.Written written(String query, Map<String, Object> parameters) {
                    names.add(query);
                    return tx.written(query, parameters);
                }

                @Override
                public Counts run(String query, Map<String, Object> parameters) {
                    names.add(query);
                    return tx.run(query, parameters);
                }

                @Override
                public Counts runScript(String script) {
                    names.add(script);
                    return tx.runScript(script);
                }
            };
        }
    }
}

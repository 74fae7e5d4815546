package org.saidgraph.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.generate.CorpusGenerator;
import org.saidgraph.generate.GeneratorSettings;
import org.saidgraph.support.Seed;
import org.saidgraph.support.TestGraph;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stances (load/stances.cypher) stay exactly what the statements say, as statementCount does: after articles are
 * loaded, edited so that their positions, relays and denials change, deleted and loaded back; and a graph written
 * without stances gets the same ones on the loader's first write. "What the statements say" is counted here from
 * scratch, independently of the loader's Cypher. The same holds for Entity.saidThroughOthers
 * (load/relayed-counts.cypher), which an entity's detail reads instead of looking at each of its statements, against
 * the count query/entity.cypher made before it was kept.
 */
class StanceCountsTest {

    /** Every stance and every speaker's share of it, as kept. */
    private static final String KEPT = """
            CALL () {
              MATCH (st:Stance)-[:ON]->(t:Territory)
              RETURN st.key + ' on ' + t.id + ': ' + st.territory + '/' + st.position + ' statements '
                + st.statements + ' firstHand ' + st.firstHand + ' disputed ' + st.disputed + ' both '
                + st.firstHandDisputed + ' speakers ' + st.speakers + ' firstHandSpeakers ' + st.firstHandSpeakers
                AS line
              UNION ALL
              MATCH (e:Entity)-[r:TAKES]->(st:Stance)
              RETURN st.key + ' by ' + e.id + ': ' + r.stance + ' statements ' + r.statements + ' firstHand '
                + r.firstHand + ' rank ' + r.rank + ' firstHandRank ' + coalesce(r.firstHandRank, '-') AS line
              UNION ALL
              MATCH (s:Statement)-[m:MENTIONS]->(t:Territory) WHERE m.position IS NOT NULL
              RETURN s.id + ' on ' + t.id + ' order ' + m.stanceOrder + ' shared ' + coalesce(m.sharedOrder, '-')
                AS line
            }
            RETURN line ORDER BY line""";

    /** The same, counted from the statements as statement-cards.cypher derives first-hand and disputed. */
    private static final String COUNTED = """
            MATCH (a:Article)<-[src:SOURCED_FROM]-(s:Statement)-[m:MENTIONS]->(t:Territory)
            WHERE m.position IS NOT NULL
            OPTIONAL MATCH (e:Entity)-[:SAID]->(s)
            WITH s, t, m, e, a, src, t.id + ' ' + m.position AS key,
                 NOT EXISTS { (s)-[:REPORTED_BY]->() } AND NOT EXISTS { (s)<-[:REPORTS]-() } AS firstHand,
                 EXISTS { (s)<-[:REPORTS*0..10]-()<-[:DENIES]-() } AS disputed,
                 EXISTS { (s)-[o:MENTIONS]->(other:Territory) WHERE other <> t AND o.position = m.position } AS shared
            CALL (s, t, a, src, key, shared) {
              WITH s, t, shared, key + ' ' + a.id + ' ' + right('0000000000' + toString(src.start), 10) AS order
              RETURN s.id + ' on ' + t.id + ' order ' + order + ' shared ' + CASE WHEN shared THEN order ELSE '-' END
                AS line
            }
            WITH key, t, m.position AS position, e, collect(line) AS lines, count(*) AS n,
                 sum(CASE WHEN firstHand THEN 1 ELSE 0 END) AS fh, sum(CASE WHEN disputed THEN 1 ELSE 0 END) AS d,
                 sum(CASE WHEN firstHand AND disputed THEN 1 ELSE 0 END) AS both
            WITH key, t, position, collect({e: e.id, n: n, fh: fh}) AS speakers, sum(n) AS n, sum(fh) AS fh,
                 sum(d) AS d, sum(both) AS both, collect(lines) AS lines
            WITH key + ' on ' + t.id + ': ' + t.id + '/' + position + ' statements ' + n + ' firstHand ' + fh
                 + ' disputed ' + d + ' both ' + both + ' speakers '
                 + size([x IN speakers WHERE x.e IS NOT NULL]) + ' firstHandSpeakers '
                 + size([x IN speakers WHERE x.e IS NOT NULL AND x.fh > 0]) AS stance,
                 [x IN speakers WHERE x.e IS NOT NULL | key + ' by ' + x.e + ': ' + key + ' statements ' + x.n
                   + ' firstHand ' + x.fh + ' rank ' + key + ' ' + right('0000000000' + toString(x.n), 10)
                   + ' firstHandRank '
                   + CASE WHEN x.fh > 0 THEN key + ' ' + right('0000000000' + toString(x.fh), 10) ELSE '-' END]
                   AS takes, lines
            UNWIND [stance] + takes + reduce(all = [], l IN lines | all + l) AS line
            RETURN line ORDER BY line""";

    /** Every entity's kept count of statements that others relay (absent is 0), in a stable order. */
    private static final String RELAYED_KEPT = """
            MATCH (e:Entity) RETURN e.id + ' ' + coalesce(e.saidThroughOthers, 0) AS line ORDER BY line""";

    /** The same, counted from the statements as query/entity.cypher did before the count was kept. */
    private static final String RELAYED_COUNTED = """
            MATCH (e:Entity)
            RETURN e.id + ' ' + COUNT { (e)-[:SAID]->(s) WHERE EXISTS { (s)-[:REPORTED_BY]->() } } AS line
            ORDER BY line""";

    private TestGraph neo4j;
    private DatasetReader reader;
    private DatasetLoader loader;
    private List<Dataset> generated;

    @BeforeEach
    void load() {
        neo4j = TestGraph.shared();
        neo4j.clear();
        reader = new DatasetReader();
        loader = new DatasetLoader(neo4j.graph(), reader.mapper());
        loader.load("seed", reader.read(Seed.DATASET));
        generated = new CorpusGenerator(GeneratorSettings.DEFAULTS.withArticles(40).withSeed(4)).datasets().toList();
        loader.load(generated.stream().map(d -> loader.prepare(d.article().id(), d, null)).toList());
    }

    @AfterEach
    void clear() {
        neo4j.clear();
    }

    private List<String> lines(String query) {
        return neo4j.run(query).stream().map(r -> r.get("line").asString()).toList();
    }

    private void assertKeptAsCounted() {
        List<String> kept = lines(KEPT);
        assertThat(kept).anyMatch(l -> l.contains(" by ")).anyMatch(l -> l.contains(" order "));
        assertThat(kept).isEqualTo(lines(COUNTED));
    }

    @Test
    void stancesAreWhatTheStatementsSayAfterLoadingEditingDeletingAndReloading() throws Exception {
        assertKeptAsCounted();
        List<String> loaded = lines(KEPT);
        // The seed's Crimea: Putin's demand relayed by Musk and Bremmer and disputed by Musk's denials.
        // (The generated articles' speakers are invented people: Putin's share is the seed's alone.)
        assertThat(loaded).anyMatch(l -> l.startsWith("crimea remain-russian by vladimir-putin: crimea remain-russian "
                + "statements 1 firstHand 0 rank"));

        // The seed edited: no denials, no relays, and Putin's demand takes another position.
        ObjectNode edited = Seed.json();
        for (JsonNode statement : edited.withArray("statements")) {
            ObjectNode s = (ObjectNode) statement;
            s.remove("denies");
            s.remove("reportedBy");
            s.remove("reports");
            for (JsonNode mention : s.withArray("mentions")) {
                if ("remain-russian".equals(mention.path("position").asText())) {
                    ((ObjectNode) mention).put("position", "hold");
                }
            }
        }
        loader.load("seed edited", reader.read("seed edited", edited));
        assertKeptAsCounted();
        assertThat(lines(KEPT)).noneMatch(l -> l.startsWith("crimea remain-russian by vladimir-putin"))
                .anyMatch(l -> l.startsWith("crimea hold by vladimir-putin: crimea hold statements 1 firstHand 1 rank"));

        // A generated article with positions deleted, then everything loaded back as it was.
        Dataset withPositions = generated.stream().filter(d -> d.statements().stream()
                .anyMatch(s -> s.mentions().stream().anyMatch(m -> m.position() != null))).findFirst().orElseThrow();
        assertThat(loader.delete(withPositions.article().id())).isTrue();
        assertKeptAsCounted();
        assertThat(lines(KEPT)).isNotEqualTo(loaded);

        loader.load("seed", reader.read(Seed.DATASET));
        loader.load(withPositions.article().id(), withPositions);
        assertKeptAsCounted();
        assertThat(lines(KEPT)).isEqualTo(loaded);

        // Everything deleted: no stance is left.
        loader.delete(Seed.ARTICLE_ID);
        generated.forEach(d -> loader.delete(d.article().id()));
        assertThat(neo4j.count("(:Stance)")).isZero();
        assertThat(neo4j.count("()-[:TAKES]->()")).isZero();
    }

    @Test
    void aGraphMarkedBeforeSharedOrdersGetsThemOnTheLoadersFirstWrite() {
        List<String> loaded = lines(KEPT);
        assertThat(loaded).as("the seed's statements that take one position on several territories")
                .anyMatch(line -> line.startsWith("musk-ukraine-peace-plan.podolyak-better-peace-plan on crimea")
                        && !line.endsWith(" shared -"));
        neo4j.run("MATCH ()-[m:MENTIONS]->() REMOVE m.sharedOrder");
        neo4j.run("MATCH (f:GraphFormat) SET f.version = 3"); // the format before sharedOrder

        new DatasetLoader(neo4j.graph(), reader.mapper()).load("seed", reader.read(Seed.DATASET));

        assertThat(lines(KEPT)).isEqualTo(loaded);
        assertKeptAsCounted();
    }

    @Test
    void aGraphWrittenWithoutStancesOrRelayedCountsGetsTheSameOnesOnTheLoadersFirstWrite() {
        List<String> loaded = lines(KEPT);
        List<String> relayed = lines(RELAYED_KEPT);
        neo4j.run("MATCH (e:Entity) REMOVE e.saidThroughOthers");
        neo4j.run("MATCH (st:Stance) DETACH DELETE st");
        neo4j.run("MATCH ()-[m:MENTIONS]->() REMOVE m.stanceOrder");
        neo4j.run("MATCH (f:GraphFormat) DELETE f"); // nor the format marker, which only later loaders write
        assertThat(neo4j.count("(:Stance)")).isZero();

        DatasetLoader restarted = new DatasetLoader(neo4j.graph(), reader.mapper());
        // Unchanged: skipped by its fingerprint, yet the upgrade runs before it.
        restarted.load("seed", reader.read(Seed.DATASET));

        assertThat(lines(KEPT)).isEqualTo(loaded);
        assertKeptAsCounted();
        assertThat(lines(RELAYED_KEPT)).isEqualTo(relayed);
        assertRelayedKeptAsCounted();
    }

    private long kept(String id) {
        return neo4j.run("MATCH (e:Entity {id: $id}) RETURN coalesce(e.saidThroughOthers, 0) AS n",
                Map.of("id", id)).get(0).get("n").asLong();
    }

    private void assertRelayedKeptAsCounted() {
        assertThat(lines(RELAYED_KEPT)).isEqualTo(lines(RELAYED_COUNTED));
    }

    @Test
    void relayedCountsAreWhatTheStatementsSayAfterLoadingEditingDeletingAndReloading() {
        assertRelayedKeptAsCounted();
        List<String> loaded = lines(RELAYED_KEPT);
        // The seed's Putin: his demand reached us through Musk and Bremmer.
        long putin = kept("vladimir-putin");
        assertThat(putin).isPositive();
        assertThat(loaded.stream().filter(l -> !l.endsWith(" 0")).count()).isGreaterThan(5);

        // The seed edited: nothing relayed any more.
        ObjectNode edited = Seed.json();
        for (JsonNode statement : edited.withArray("statements")) {
            ((ObjectNode) statement).remove("reportedBy");
        }
        loader.load("seed edited", reader.read("seed edited", edited));
        assertRelayedKeptAsCounted();
        assertThat(kept("vladimir-putin")).isLessThan(putin);

        // A generated article with relays deleted, then everything loaded back as it was.
        Dataset withRelays = generated.stream().filter(d -> d.statements().stream()
                .anyMatch(s -> !s.reportedBy().isEmpty())).findFirst().orElseThrow();
        assertThat(loader.delete(withRelays.article().id())).isTrue();
        assertRelayedKeptAsCounted();
        assertThat(lines(RELAYED_KEPT)).isNotEqualTo(loaded);

        loader.load("seed", reader.read(Seed.DATASET));
        loader.load(withRelays.article().id(), withRelays);
        assertRelayedKeptAsCounted();
        assertThat(lines(RELAYED_KEPT)).isEqualTo(loaded);

        // Everything deleted: no count is left on any entity that remains.
        loader.delete(Seed.ARTICLE_ID);
        generated.forEach(d -> loader.delete(d.article().id()));
        assertThat(neo4j.count("(e:Entity) WHERE e.saidThroughOthers IS NOT NULL")).isZero();
    }
}

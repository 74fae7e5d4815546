package org.saidgraph.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.graph.EmbeddedNeo4j;
import org.saidgraph.graph.EmbeddedReads;
import org.saidgraph.graph.Graph;
import org.saidgraph.graph.GraphProperties;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.load.EmbeddedTransactions;
import org.saidgraph.support.Seed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cards kept between requests are never stale: over the real embedded database (its Bolt connector, its loader), a
 * write through Bolt or through the loader is seen by the very next page, and until a write lands a page is answered
 * from the cards kept, equal to the cards read from the graph.
 */
class StatementCardCacheTest {

    private static final String REPLY = Seed.ARTICLE_ID + ".melnyk-response";
    private static final Page.Request FIRST = new Page.Request(0, 20);

    @TempDir
    Path dir;

    private EmbeddedNeo4j db;
    private Driver driver;
    private Graph graph;
    private StatementCardCache cache;
    private StatementQueries cached;
    private StatementQueries uncached;
    private DatasetReader reader;
    private DatasetLoader loader;

    @BeforeEach
    void startWithTheSeed() {
        db = EmbeddedNeo4j.start(dir.resolve("db"), 0, new GraphProperties.Embedded("64m", "256m"));
        driver = GraphDatabase.driver(db.boltUri(), db.authToken());
        graph = new Graph(driver, SessionConfig.forDatabase("neo4j"),
                new EmbeddedReads(db.database(), Duration.ofSeconds(5)));
        graph.applySchema();
        reader = new DatasetReader();
        loader = new DatasetLoader(new EmbeddedTransactions(db.database()), reader.mapper());
        loader.load("seed", reader.read(Seed.DATASET));
        cache = new StatementCardCache(db.version()::current, 1000);
        cached = new StatementQueries(graph, new StatementCards(graph, cache), new Acts());
        uncached = new StatementQueries(graph, new StatementCards(graph), new Acts());
    }

    @AfterEach
    void stop() {
        driver.close();
        db.close();
    }

    @Test
    void aPageAskedAgainWithNoWriteBetweenIsAnsweredFromTheCardsKeptAndEqualsTheGraph() {
        long version = db.version().current();
        Page<StatementView> first = cached.saidBy(EntityQueries.Kind.PERSON, "elon-musk", FIRST);
        Page<StatementView> again = cached.saidBy(EntityQueries.Kind.PERSON, "elon-musk", FIRST);

        assertThat(first.items()).isNotEmpty();
        assertThat(db.version().current()).as("reads move no version").isEqualTo(version);
        assertThat(cache.size()).isEqualTo(first.items().size());
        for (int i = 0; i < first.items().size(); i++) {
            assertThat(again.items().get(i)).isSameAs(first.items().get(i));
        }
        assertThat(again).isEqualTo(uncached.saidBy(EntityQueries.Kind.PERSON, "elon-musk", FIRST));
    }

    @Test
    void aWriteThroughBoltIsSeenByTheNextPage() {
        assertThat(cached.statement(REPLY).confidence()).isEqualTo(1.0);
        assertThat(cached.statement(REPLY).confidence()).isEqualTo(1.0); // now kept

        try (Session bolt = graph.writeSession()) {
            bolt.run("MATCH (s:Statement {id: $id}) SET s.confidence = 0.25", Map.of("id", REPLY)).consume();
        }

        assertThat(cached.statement(REPLY).confidence()).isEqualTo(0.25);
        Page<StatementView> page = cached.find(filterBySpeaker("andriy-melnyk"), FIRST);
        assertThat(page.items()).filteredOn(v -> v.id().equals(REPLY)).singleElement()
                .satisfies(v -> assertThat(v.confidence()).isEqualTo(0.25));
    }

    @Test
    void aWriteThroughTheLoaderIsSeenByTheNextPage() {
        StatementView before = cached.statement(REPLY);
        assertThat(before.act()).isEqualTo("reply");
        assertThat(cached.statement(REPLY)).isSameAs(before); // kept
        long version = db.version().current();

        ObjectNode edited = Seed.json();
        ((ObjectNode) edited.withArray("statements").get(Seed.statementIndex(edited, "melnyk-response")))
                .put("act", "condemnation");
        loader.load("edited", reader.read("edited", edited));

        assertThat(db.version().current()).isGreaterThan(version);
        StatementView after = cached.statement(REPLY);
        assertThat(after.act()).isEqualTo("condemnation");
        assertThat(after).isEqualTo(uncached.statement(REPLY));
    }

    @Test
    void aDeletedStatementLeavesThePageAtOnce() {
        Page<StatementView> before = cached.find(filterBySpeaker("andriy-melnyk"), FIRST);
        assertThat(before.items()).extracting(StatementView::id).contains(REPLY);

        try (Session bolt = graph.writeSession()) {
            bolt.run("MATCH (s:Statement {id: $id}) DETACH DELETE s", Map.of("id", REPLY)).consume();
        }

        assertThatThrownByStatement(REPLY);
        assertThat(cached.find(filterBySpeaker("andriy-melnyk"), FIRST).items()).extracting(StatementView::id)
                .doesNotContain(REPLY);
    }

    @Test
    void cardsReadWhileAWriteCommittedAreNotKept() {
        long version = cache.version();
        try (Session bolt = graph.writeSession()) {
            bolt.run("MATCH (s:Statement {id: $id}) SET s.confidence = 0.5", Map.of("id", REPLY)).consume();
        }
        cache.put(version, List.of(uncached.statement(REPLY)));

        assertThat(cache.get(version, List.of(REPLY))).isEmpty();
        assertThat(cache.get(cache.version(), List.of(REPLY))).isEmpty();
    }

    private void assertThatThrownByStatement(String id) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cached.statement(id))
                .isInstanceOf(NotFoundException.class);
    }

    private static StatementFilter filterBySpeaker(String speaker) {
        return new StatementFilter(List.of(speaker), null, null, null, null, null, null, null, null, null, null);
    }
}

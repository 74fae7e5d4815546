package org.saidgraph.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.SessionConfig;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.graph.Graph;
import org.saidgraph.graph.Reads;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.support.Seed;
import org.saidgraph.support.TestGraph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of a list reads its ids and their statement cards in one read transaction (issue 9: a transaction begun
 * and closed fewer per page, on the hottest requests), the statements filter with the check of the ids it is given
 * and a statement's thread with the check that the statement is there, and answers the same cards as reading them
 * in a transaction of their own.
 */
class OneReadPerPageTest {

    private static final Page.Request FIRST = new Page.Request(0, 20);
    private static final TerritoryFilter ALONE = new TerritoryFilter(false, false, null, false);

    private static TestGraph neo4j;

    @BeforeAll
    static void loadTheSeed() throws Exception {
        neo4j = TestGraph.shared();
        neo4j.clear();
        DatasetReader reader = new DatasetReader();
        new DatasetLoader(neo4j.graph(), reader.mapper()).load("seed", reader.read(Seed.DATASET));
    }

    @AfterAll
    static void clear() {
        neo4j.clear();
    }

    /** The graph's reads, counting the read transactions begun. */
    private record Counting(Reads inner, AtomicInteger transactions) implements Reads {

        @Override
        public <T> T read(Function<Tx, T> work) {
            transactions.incrementAndGet();
            return inner.read(work);
        }

        @Override
        public <T> T read(Duration timeout, Function<Tx, T> work) {
            transactions.incrementAndGet();
            return inner.read(timeout, work);
        }

        @Override
        public void stream(String query, Map<String, Object> parameters, Consumer<org.neo4j.driver.Value> each) {
            transactions.incrementAndGet();
            inner.stream(query, parameters, each);
        }
    }

    private final AtomicInteger transactions = new AtomicInteger();

    private Graph counted() {
        Graph graph = neo4j.graph();
        return new Graph(graph.driver(), SessionConfig.forDatabase(graph.database()),
                new Counting(graph.reads(), transactions));
    }

    /** The page, after checking that it took exactly one read transaction. */
    private <T> Page<T> inOneRead(Supplier<Page<T>> page) {
        transactions.set(0);
        Page<T> answer = page.get();
        assertThat(transactions.get()).as("read transactions for one page").isEqualTo(1);
        return answer;
    }

    @Test
    void aSpeakersPageAndItsCardsAreOneRead() {
        StatementQueries statements = new StatementQueries(counted(), new StatementCards(counted()), new Acts());
        UtteranceQueries utterances = new UtteranceQueries(counted(), new StatementCards(counted()));

        Page<StatementView> page = inOneRead(() -> statements.saidBy(EntityQueries.Kind.PERSON, "vladimir-putin",
                FIRST));
        assertThat(page.items()).isNotEmpty();
        assertThat(inOneRead(() -> utterances.distinctSaidBy(EntityQueries.Kind.PERSON, "vladimir-putin", FIRST))
                .items()).isNotEmpty();

        // The same cards as reading them in a transaction of their own.
        List<String> ids = page.items().stream().map(StatementView::id).toList();
        assertThat(new StatementCards(neo4j.graph()).byIds(ids)).isEqualTo(page.items());
    }

    @Test
    void aTerritorysStatementsAndPositionsAreOneReadEach() {
        StatementQueries statements = new StatementQueries(counted(), new StatementCards(counted()), new Acts());

        assertThat(inOneRead(() -> statements.aboutTerritory("crimea", ALONE, FIRST)).items()).isNotEmpty();
        assertThat(inOneRead(() -> statements.positions("crimea", ALONE, FIRST)).items()).isNotEmpty();
    }

    @Test
    void aStatementsThreadIsOneRead() {
        StatementQueries statements = new StatementQueries(counted(), new StatementCards(counted()), new Acts());
        String id = statements.saidBy(EntityQueries.Kind.PERSON, "vladimir-putin", FIRST).items().get(0).id();

        transactions.set(0);
        StatementThread thread = statements.thread(id);

        assertThat(transactions.get()).as("read transactions for one thread").isEqualTo(1);
        assertThat(thread.size()).isPositive();
        assertThat(thread.focus()).isEqualTo(id);
    }

    @Test
    void theStatementsFilterIsOneReadOnEachOfItsPaths() {
        StatementQueries statements = new StatementQueries(counted(), new StatementCards(counted()), new Acts());

        // The ids given are checked in the same transaction. Speakers alone and one mentioned entity alone are read
        // in index order; speakers with mentions go through statements-filter.
        Page<StatementView> bySpeaker = inOneRead(() -> statements.find(filter(List.of("vladimir-putin"), null),
                FIRST));
        assertThat(bySpeaker.items()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.speaker().id()).isEqualTo("vladimir-putin"));
        assertThat(inOneRead(() -> statements.find(filter(null, List.of("crimea")), FIRST)).items()).isNotEmpty();
        Page<StatementView> both = inOneRead(() -> statements.find(filter(List.of("vladimir-putin"),
                List.of("crimea")), FIRST));
        assertThat(both.items()).allSatisfy(v -> assertThat(v.speaker().id()).isEqualTo("vladimir-putin"));
    }

    private static StatementFilter filter(List<String> speakers, List<String> mentions) {
        return new StatementFilter(speakers, mentions, null, null, null, null, null, null, null, null, null);
    }
}

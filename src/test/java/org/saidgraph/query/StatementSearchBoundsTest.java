package org.saidgraph.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saidgraph.support.ReadPath;
import org.saidgraph.support.TestGraph;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/statements?q=} does a bounded amount of work for a word that many statements hold (issue 9: p50 2.7 s
 * over a million statements, every hit read, filtered and sorted): the index hands over its
 * {@link StatementQueries#MAX_Q_HITS} best hits, the total stops there and says so ({@code totalIsLowerBound}), the
 * first page is still the best match, a page past the cap is empty, the other filters keep the hits that match them,
 * and a word with fewer hits counts them all.
 */
class StatementSearchBoundsTest {

    private static final int MORE = StatementQueries.MAX_Q_HITS + 25;

    private static TestGraph neo4j;

    @BeforeAll
    static void manyHits() {
        neo4j = TestGraph.shared();
        neo4j.clear();
        // One statement that is nothing but the word (the best hit), one by a speaker of her own, then many whose
        // words only contain it.
        neo4j.run("""
                CREATE (:Statement {id: 'a-best', text: 'Zed.', evidence: 'Zed', passage: 'Zed.', act: 'statement',
                        verbatim: false})
                CREATE (:Person:Entity {id: 'ulla-quist', name: 'Ulla Quist'})-[:SAID]->
                       (:Statement {id: 'a-quist', text: 'Zed, zed and Quist.', act: 'statement', verbatim: false})
                WITH 1 AS one
                UNWIND range(1, $n) AS i
                CREATE (:Statement {id: 'zed-' + i, text: 'Said that zed, number ' + i + ', was more of a thing.',
                        act: 'statement', verbatim: false})
                """, Map.of("n", MORE));
    }

    private static StatementQueries queries(ReadPath path) {
        return new StatementQueries(neo4j.graph(path), new StatementCards(neo4j.graph(path)), new Acts());
    }

    @AfterAll
    static void clear() {
        neo4j.clear();
    }

    private static StatementFilter q(String q, List<String> speakers) {
        return new StatementFilter(speakers, null, null, null, null, null, null, null, null, null, q);
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void aWordWithMoreHitsThanTheCapCountsUpToTheCapAndStillPagesTheBestFirst(ReadPath path) {
        StatementQueries queries = queries(path);
        Page<StatementView> first = queries.find(q("zed", null), new Page.Request(0, 20));

        assertThat(neo4j.count("(:Statement)")).isEqualTo(MORE + 2);
        assertThat(first.total()).isEqualTo(StatementQueries.MAX_Q_HITS);
        assertThat(first.totalIsLowerBound()).isTrue();
        assertThat(first.items()).hasSize(20);
        assertThat(first.items().get(0).id()).isEqualTo("a-best");

        Page<StatementView> last = queries.find(q("zed", null),
                new Page.Request(StatementQueries.MAX_Q_HITS / 20 - 1, 20));
        assertThat(last.items()).hasSize(20);
        Page<StatementView> past = queries.find(q("zed", null), new Page.Request(StatementQueries.MAX_Q_HITS / 20, 20));
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(StatementQueries.MAX_Q_HITS);
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void theOtherFiltersKeepTheBestHitsThatMatchThem(ReadPath path) {
        StatementQueries queries = queries(path);
        Page<StatementView> hers = queries.find(q("zed", List.of("ulla-quist")), new Page.Request(0, 20));

        assertThat(hers.items()).extracting(StatementView::id).containsExactly("a-quist");
        assertThat(hers.total()).isEqualTo(1);
        assertThat(hers.totalIsLowerBound()).as("more than the cap matched the word: more of hers may be beyond")
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void aWordWithFewerHitsThanTheCapCountsThemAll(ReadPath path) {
        StatementQueries queries = queries(path);
        Page<StatementView> one = queries.find(q("quist", null), new Page.Request(0, 20));

        assertThat(one.items()).extracting(StatementView::id).containsExactly("a-quist");
        assertThat(one.total()).isEqualTo(1);
        assertThat(one.totalIsLowerBound()).isFalse();
    }
}

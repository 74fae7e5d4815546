package org.saidgraph.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saidgraph.support.TestGraph;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word that names more entities and articles than {@link SearchQueries#MAX_HITS} costs a bounded amount of work: the
 * index hands over that many best hits, the totals stop there and say so ({@code totalIsLowerBound}), the first page
 * is still the best hits, and a page past the cap is empty instead of reading on.
 */
class SearchBoundsTest {

    private static final int MORE = SearchQueries.MAX_HITS + 25;

    private final TestGraph neo4j = TestGraph.shared();

    @BeforeEach
    void manyHits() {
        neo4j.clear();
        // One entity whose whole name is the word (the best hit), then many whose name only contains it.
        neo4j.run("""
                CREATE (:Person:Entity {id: 'zed', name: 'Zed', nameText: 'zed'})
                CREATE (:Person:Entity {id: 'ulla-quist', name: 'Ulla Quist', nameText: 'ulla quist'})
                WITH 1 AS one
                UNWIND range(1, $n) AS i
                CREATE (:Person:Entity {id: 'zed-' + i, name: 'Zed Number ' + i, nameText: 'zed number ' + i})
                CREATE (:Article {id: 'article-' + i, title: 'Title ' + i, text: 'Zed said things, number ' + i + '.'})
                """, Map.of("n", MORE));
    }

    @AfterEach
    void clear() {
        neo4j.clear();
    }

    @Test
    void aWordWithMoreHitsThanTheCapCountsUpToTheCapAndStillPagesTheBestFirst() {
        SearchQueries search = new SearchQueries(neo4j.graph());

        SearchResults first = search.search("zed", new Page.Request(0, 20));

        assertThat(neo4j.count("(:Person)")).isEqualTo(MORE + 2);
        assertThat(first.total()).isEqualTo(SearchQueries.MAX_HITS);
        assertThat(first.totalIsLowerBound()).isTrue();
        assertThat(first.items()).hasSize(20);
        assertThat(first.items().get(0).id()).isEqualTo("zed");
        assertThat(first.items().get(0).score()).isEqualTo(1.0);
        assertThat(first.articles().total()).isEqualTo(SearchQueries.MAX_HITS);
        assertThat(first.articles().totalIsLowerBound()).isTrue();
        assertThat(first.articles().items()).hasSize(20)
                .allSatisfy(a -> assertThat(a.passages()).isNotEmpty());

        SearchResults last = search.search("zed", new Page.Request(SearchQueries.MAX_HITS / 20 - 1, 20));
        assertThat(last.items()).hasSize(20);
        SearchResults past = search.search("zed", new Page.Request(SearchQueries.MAX_HITS / 20, 20));
        assertThat(past.items()).isEmpty();
        assertThat(past.articles().items()).isEmpty();
        assertThat(past.total()).isEqualTo(SearchQueries.MAX_HITS);
    }

    @Test
    void aWordWithFewerHitsThanTheCapCountsThemAll() {
        SearchResults one = new SearchQueries(neo4j.graph()).search("quist", new Page.Request(0, 20));

        assertThat(one.items()).extracting(SearchHit::id).containsExactly("ulla-quist");
        assertThat(one.total()).isEqualTo(1);
        assertThat(one.totalIsLowerBound()).isFalse();
        assertThat(one.articles().total()).isZero();
        assertThat(one.articles().totalIsLowerBound()).isFalse();
    }
}

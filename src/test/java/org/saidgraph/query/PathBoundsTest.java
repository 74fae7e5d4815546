package org.saidgraph.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saidgraph.support.ReadPath;
import org.saidgraph.support.TestGraph;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two entities joined by more equally short paths than {@link PathQueries#MAX_PATHS} (one much-quoted person
 * mentioning another in statement after statement) cost a bounded amount of work: that many paths are read, the
 * total counts the connections among them and the answer says it is truncated; fewer paths are all read. A
 * neighbourhood larger than the search's fan-out is read in part, and the answer says so.
 */
class PathBoundsTest {

    private final TestGraph neo4j = TestGraph.shared();

    @AfterEach
    void clear() {
        neo4j.clear();
    }

    @BeforeEach
    void start() {
        neo4j.clear();
    }

    /** $n statements by Ada, each in an article of its own, each mentioning Bo: $n paths of 2 hops. */
    private void statementsMentioning(int n) {
        neo4j.run("""
                CREATE (ada:Person:Entity {id: 'ada', name: 'Ada', nameText: 'ada'})
                CREATE (bo:Person:Entity {id: 'bo', name: 'Bo', nameText: 'bo'})
                WITH ada, bo
                UNWIND range(1, $n) AS i
                CREATE (a:Article {id: 'article-' + i, title: 'Article ' + i, text: 'Ada spoke of Bo, ' + i + '.'})
                CREATE (s:Statement {id: 'article-' + i + '.s', text: 'Ada spoke of Bo', verbatim: false,
                                     act: 'claim'})
                CREATE (ada)-[:SAID]->(s)-[:MENTIONS]->(bo)
                CREATE (s)-[:SOURCED_FROM {start: 0, end: 15}]->(a)
                """, Map.of("n", n));
    }

    private PathPage paths(ReadPath path) {
        return paths(path, PathSearch.Limits.API);
    }

    private PathPage paths(ReadPath path, PathSearch.Limits limits) {
        return new PathQueries(neo4j.graph(path), new StatementCards(neo4j.graph(path)), limits)
                .paths("ada", "bo", 4, new Page.Request(0, 5));
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void moreShortestPathsThanTheCapAreReadOnlyUpToTheCap(ReadPath path) {
        statementsMentioning(PathQueries.MAX_PATHS + 50);

        PathPage page = paths(path);

        assertThat(page.total()).isEqualTo(PathQueries.MAX_PATHS);
        assertThat(page.truncated()).isTrue();
        assertThat(page.items()).hasSize(5).allSatisfy(p -> assertThat(p.length()).isEqualTo(2));
    }

    /**
     * Ada's 30 statements are more than the search reads of one node in a step, and Bo is mentioned in each: the
     * search reads 10 from Ada's end and 10 from Bo's, finds the connections among those, and says the answer is cut.
     */
    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void aNeighbourhoodLargerThanTheFanOutIsReadInPartAndTheAnswerSaysSo(ReadPath path) {
        statementsMentioning(30);

        PathPage page = paths(path, new PathSearch.Limits(10, 1_000, PathQueries.MAX_PATHS));

        assertThat(page.truncated()).isTrue();
        assertThat(page.total()).isBetween(1L, 10L);
        assertThat(page.items()).allSatisfy(p -> assertThat(p.explanation()).isEqualTo("Ada claimed (paraphrase): Ada "
                + "spoke of Bo. It mentions Bo."));
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void fewerShortestPathsThanTheCapAreAllCounted(ReadPath path) {
        statementsMentioning(30);

        PathPage page = paths(path);
        assertThat(page.total()).isEqualTo(30);
        assertThat(page.truncated()).isFalse();
    }

    /**
     * Ada's 30 statements all mention Bo: with a fan-out of 14 both ends have more than twice that many relationships
     * (hubs), so the search reads half the fan-out of each (7, and 3 of each type of an end): at most the 3 statements
     * of Ada's sample connect them, and the answer says it is truncated.
     */
    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void betweenTwoHubsTheSearchReadsHalfTheFanOutAndSaysTruncated(ReadPath path) {
        statementsMentioning(30);

        PathPage page = paths(path, new PathSearch.Limits(14, 1_000, PathQueries.MAX_PATHS));

        assertThat(page.truncated()).isTrue();
        assertThat(page.totalIsLowerBound()).isTrue();
        assertThat(page.total()).isBetween(0L, 3L);
    }

    /** Only one end a hub (Bo is mentioned once): the full fan-out, all the connections, nothing truncated. */
    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void withOneHubEndTheSearchKeepsItsFanOutAndItsExactAnswer(ReadPath path) {
        statementsMentioning(1);
        neo4j.run("""
                MATCH (ada:Person {id: 'ada'})
                UNWIND range(2, 30) AS i
                CREATE (ada)-[:SAID]->(:Statement {id: 'other-' + i, text: 'Ada spoke', verbatim: false, act: 'claim'})
                """);

        PathPage page = paths(path, new PathSearch.Limits(14, 1_000, PathQueries.MAX_PATHS));

        assertThat(page.truncated()).isFalse();
        assertThat(page.total()).isEqualTo(1);
    }

    /**
     * Ada and Bo each said one thing, and both mention Oslo, which 30 other statements mention too (more than the
     * fan-out of 10): the one path runs through Oslo. Reckoned by how many nodes their frontiers hold, both sides
     * look alike, and expanding Oslo's side reads 10 of its 32 relationships and cuts the search; reckoned by their
     * degrees, the search reaches Oslo from Bo's statement, reads nothing of Oslo's, and answers exactly.
     */
    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void aHubBetweenTheEndsIsReachedFromBothSidesRatherThanReadInPart(ReadPath path) {
        neo4j.run("""
                CREATE (ada:Person:Entity {id: 'ada', name: 'Ada', nameText: 'ada'})
                CREATE (bo:Person:Entity {id: 'bo', name: 'Bo', nameText: 'bo'})
                CREATE (oslo:Territory:Entity {id: 'oslo', name: 'Oslo', nameText: 'oslo'})
                CREATE (ada)-[:SAID]->(:Statement {id: 'a.s', text: 'Ada spoke of Oslo', verbatim: false,
                                                  act: 'claim'})-[:MENTIONS]->(oslo)
                CREATE (bo)-[:SAID]->(:Statement {id: 'b.s', text: 'Bo spoke of Oslo', verbatim: false,
                                                 act: 'claim'})-[:MENTIONS]->(oslo)
                WITH oslo
                UNWIND range(1, 30) AS i
                CREATE (:Statement {id: 'other-' + i, text: 'Someone spoke of Oslo', verbatim: false,
                                    act: 'claim'})-[:MENTIONS]->(oslo)
                """);

        PathPage page = paths(path, new PathSearch.Limits(10, 1_000, PathQueries.MAX_PATHS));

        assertThat(page.truncated()).isFalse();
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).singleElement().satisfies(p -> assertThat(p.length()).isEqualTo(4));
    }
}

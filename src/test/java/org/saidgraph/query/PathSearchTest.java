package org.saidgraph.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Value;
import org.saidgraph.graph.Graph;
import org.saidgraph.graph.Reads;
import org.saidgraph.support.TestGraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded path search (issue 9) against the query it replaced, {@code allShortestPaths} in
 * src/test/resources/oracle/paths.cypher, on random graphs of entities and statements with every relationship a path
 * may take, relationships it may not (articles), several relationships joining the same two nodes, and a speaker who
 * says most things: every pair of entities, several maxHops.
 */
class PathSearchTest {

    private static final List<String> PEOPLE = List.of("ada", "bo", "cy", "di", "ed", "fay", "gus", "hal", "ivy",
            "jo");
    private static final List<String> PLACES = List.of("north", "south", "isle", "coast");
    private static final List<String> BODIES = List.of("council", "union");

    private final TestGraph neo4j = TestGraph.shared();

    @BeforeEach
    @AfterEach
    void clear() {
        neo4j.clear();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void withoutLimitsReachedItFindsEveryShortestPathAndNothingElse(long seed) throws Exception {
        randomGraph(seed);
        PathSearch.Limits unlimited = new PathSearch.Limits(100_000, 1_000_000, 100_000);
        int compared = 0;
        for (String from : entities()) {
            for (String to : entities()) {
                if (from.equals(to)) {
                    continue;
                }
                for (int hops : new int[]{1, 2, 3, 4, 6}) {
                    Set<PathSearch.Found> expected = oracle(from, to, hops);
                    PathSearch.Result found = search(from, to, hops, unlimited);
                    assertThat(found.truncated()).as("%s to %s, %d hops", from, to, hops).isFalse();
                    assertThat(new HashSet<>(found.paths())).as("%s to %s, %d hops", from, to, hops)
                            .hasSameSizeAs(found.paths()).isEqualTo(expected);
                    compared += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(compared).as("pairs with paths").isGreaterThan(100);
    }

    /**
     * Small limits cut many searches: what is found is always a real path no longer than asked, and a search that no
     * limit cut still answers exactly.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void whenALimitCutsTheSearchTheAnswerSaysSoAndHoldsOnlyRealPaths(long seed) throws Exception {
        randomGraph(seed);
        PathSearch.Limits small = new PathSearch.Limits(6, 40, 4);
        int cut = 0;
        int exact = 0;
        for (String from : entities()) {
            for (String to : entities()) {
                if (from.equals(to)) {
                    continue;
                }
                Set<PathSearch.Found> expected = oracle(from, to, 4);
                PathSearch.Result found = search(from, to, 4, small);
                String as = from + " to " + to;
                assertThat(found.paths()).as(as).hasSizeLessThanOrEqualTo(4).allSatisfy(p -> {
                    assertThat(p.rels()).hasSizeLessThanOrEqualTo(4).hasSize(p.nodes().size() - 1);
                    assertThat(joins(p)).as("%s: %s", as, p).isTrue();
                });
                if (found.truncated()) {
                    cut++;
                } else {
                    exact++;
                    assertThat(new HashSet<>(found.paths())).as(as).isEqualTo(expected);
                }
            }
        }
        assertThat(cut).as("searches cut").isPositive();
        assertThat(exact).as("searches not cut").isPositive();
    }

    private List<String> entities() {
        List<String> all = new ArrayList<>(PEOPLE);
        all.addAll(PLACES);
        all.addAll(BODIES);
        return all;
    }

    private PathSearch.Result search(String from, String to, int hops, PathSearch.Limits limits) {
        Graph graph = neo4j.graph();
        return graph.reads().read((Reads.Tx tx) -> PathSearch.between(tx, from, to, hops, limits));
    }

    /** The paths allShortestPaths finds, as element ids. */
    private Set<PathSearch.Found> oracle(String from, String to, int hops) throws Exception {
        String query = Files.readString(Path.of("src/test/resources/oracle/paths.cypher"));
        query = query.substring(0, query.indexOf("RETURN [n IN nodes(p)"))
                + "RETURN [n IN nodes(p) | elementId(n)] AS nodes, [r IN relationships(p) | elementId(r)] AS rels";
        Set<PathSearch.Found> paths = new HashSet<>();
        neo4j.run(query, Map.of("from", from, "to", to, "maxHops", hops, "limit", 100_000)).forEach(r -> paths.add(
                new PathSearch.Found(r.get("nodes").asList(Value::asString), r.get("rels").asList(Value::asString))));
        return paths;
    }

    /** Whether each relationship of the path joins the nodes on either side of it. */
    private boolean joins(PathSearch.Found path) {
        for (int i = 0; i < path.rels().size(); i++) {
            long n = neo4j.run("MATCH (a)-[r]-(b) WHERE elementId(r) = $r AND elementId(a) = $a AND elementId(b) = $b "
                            + "RETURN count(*) AS n",
                    Map.of("r", path.rels().get(i), "a", path.nodes().get(i), "b", path.nodes().get(i + 1)))
                    .get(0).get("n").asLong();
            if (n == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ten people (ada says half of everything), four places, two bodies; 40 statements, each said by one person,
     * sourced from one of five articles, mentioning and addressed to entities (sometimes both the same one), some
     * relayed by someone, replying to, denying or relaying an earlier statement; roles, parts and a claimed annexation.
     */
    private void randomGraph(long seed) {
        Random random = new Random(seed);
        List<Map<String, Object>> statements = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "s" + i;
            String speaker = random.nextBoolean() ? "ada" : PEOPLE.get(random.nextInt(PEOPLE.size()));
            statements.add(Map.of("id", id, "speaker", speaker, "article", "a" + random.nextInt(5)));
            for (int m = random.nextInt(3); m > 0; m--) {
                String entity = anyEntity(random);
                links.add(link(id, entity, "MENTIONS", random.nextInt(4) == 0 ? "remain" : null));
                if (random.nextInt(4) == 0) {
                    links.add(link(id, entity, "ADDRESSED_TO", null));
                }
            }
            if (random.nextInt(5) == 0) {
                links.add(link(id, PEOPLE.get(random.nextInt(PEOPLE.size())), "ADDRESSED_TO", null));
            }
            if (random.nextInt(6) == 0) {
                links.add(link(id, PEOPLE.get(random.nextInt(PEOPLE.size())), "REPORTED_BY", null));
            }
            if (i > 0 && random.nextInt(3) == 0) {
                String type = List.of("RESPONDS_TO", "DENIES", "REPORTS").get(random.nextInt(3));
                links.add(link(id, "s" + random.nextInt(i), type, null));
            }
        }
        List<Map<String, Object>> facts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            facts.add(link(PEOPLE.get(random.nextInt(PEOPLE.size())), random.nextBoolean()
                    ? BODIES.get(random.nextInt(BODIES.size())) : PLACES.get(random.nextInt(PLACES.size())),
                    "HOLDS_ROLE", null));
        }
        facts.add(link("isle", "north", "PART_OF", null));
        facts.add(link("coast", "south", "PART_OF", null));
        facts.add(link("isle", "south", "ANNEXATION_CLAIMED_BY", null));
        neo4j.run("""
                UNWIND $people AS id CREATE (:Person:Entity {id: id, name: id})
                WITH count(*) AS done UNWIND $places AS id CREATE (:Territory:Entity {id: id, name: id})
                WITH count(*) AS done UNWIND $bodies AS id CREATE (:Organization:Entity {id: id, name: id})
                WITH count(*) AS done UNWIND range(0, 4) AS i CREATE (:Article {id: 'a' + i})
                WITH count(*) AS done UNWIND $statements AS s
                MATCH (p:Entity {id: s.speaker}), (a:Article {id: s.article})
                CREATE (p)-[:SAID]->(:Statement {id: s.id, text: s.id})-[:SOURCED_FROM]->(a)
                """, Map.of("people", PEOPLE, "places", PLACES, "bodies", BODIES, "statements", statements));
        for (Map<String, Object> l : links) {
            // The type is one of the constants above, never input.
            neo4j.run("MATCH (s:Statement {id: $from}), (x {id: $to}) WHERE x:Entity OR x:Statement "
                    + "CREATE (s)-[:" + l.get("type") + " {position: $position}]->(x)", l);
        }
        facts.forEach(f -> neo4j.run("MATCH (x:Entity {id: $from}), (y:Entity {id: $to}) "
                + "CREATE (x)-[:" + f.get("type") + "]->(y)", f));
    }

    private static String anyEntity(Random random) {
        int n = random.nextInt(PEOPLE.size() + PLACES.size() + BODIES.size());
        return n < PEOPLE.size() ? PEOPLE.get(n) : n < PEOPLE.size() + PLACES.size()
                ? PLACES.get(n - PEOPLE.size()) : BODIES.get(n - PEOPLE.size() - PLACES.size());
    }

    private static Map<String, Object> link(String from, String to, String type, String position) {
        Map<String, Object> link = new HashMap<>(Map.of("from", from, "to", to, "type", type));
        link.put("position", position);
        return link;
    }
}

package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.Plan;
import org.saidgraph.graph.Cypher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GraphApiTest extends ApiTestSupport {

    @Test
    void theOpeningViewDrawsTheSeedsSpeakersWithTheirStatementsAndTheRelationshipsBetweenThem() {
        JsonNode view = get("/api/graph").isOk().json();
        Map<String, JsonNode> nodes = nodes(view);
        assertThat(nodes).containsKeys("elon-musk", "gitanas-nauseda", "vladimir-putin",
                SEED + ".nauseda-wheels-tweet", MUSK_PROPOSAL);
        assertThat(nodes.get("elon-musk").at("/data/type").asText()).isEqualTo("person");
        assertThat(nodes.get("elon-musk").at("/data/label").asText()).isEqualTo("Elon Musk");
        assertThat(nodes.get("elon-musk").at("/data/statementCount").asLong()).isGreaterThan(5);
        JsonNode tweet = nodes.get(SEED + ".nauseda-wheels-tweet").path("data");
        assertThat(tweet.path("type").asText()).isEqualTo("statement");
        assertThat(tweet.path("verbatim").asBoolean()).isTrue();
        assertThat(tweet.path("speaker").asText()).isEqualTo("gitanas-nauseda");
        assertThat(tweet.path("text").asText()).contains("steal the wheels of your Tesla");
        // Labels are never in quotation marks: only the page may quote, and only verbatim words.
        nodes.values().forEach(n -> assertThat(n.at("/data/label").asText()).doesNotStartWith("\"")
                .doesNotStartWith("“"));
        everyEdgeJoinsTwoNodesOfTheAnswer(view);
        assertThat(edgeTypes(view)).contains("SAID", "RESPONDS_TO", "DENIES");
        assertThat(view.path("truncated").asBoolean()).isFalse();
        // The opening view is bounded too.
        JsonNode small = get("/api/graph?limit=5").isOk().json();
        assertThat(small.at("/elements/nodes").size()).isEqualTo(5);
        assertThat(small.path("truncated").asBoolean()).isTrue();
    }

    @Test
    void focusingOnNausedaShowsHisStatementsAndWhatTheyReplyToLiesOutsideUntilDrawn() {
        JsonNode view = get("/api/graph?focus=gitanas-nauseda").isOk().json();
        Map<String, JsonNode> nodes = nodes(view);
        assertThat(nodes).containsKeys("gitanas-nauseda", SEED + ".nauseda-wheels-tweet", SEED + ".nauseda-reply",
                SEED + ".nauseda-voted-in-favour-tweet");
        assertThat(nodes.keySet().iterator().next()).isEqualTo("gitanas-nauseda");
        everyEdgeJoinsTwoNodesOfTheAnswer(view);
        assertThat(view.at("/focus/id").asText()).isEqualTo("gitanas-nauseda");
        assertThat(view.at("/focus/remaining").asLong()).isZero();
        // His reply responds to Musk's proposal, which is two steps away: the edge waits in `outside`.
        assertThat(view.path("outside")).anySatisfy(e -> {
            assertThat(e.at("/data/type").asText()).isEqualTo("RESPONDS_TO");
            assertThat(e.at("/data/target").asText()).isEqualTo(MUSK_PROPOSAL);
        });
        JsonNode twoSteps = get("/api/graph?focus=gitanas-nauseda&depth=2").isOk().json();
        assertThat(nodes(twoSteps)).containsKey(MUSK_PROPOSAL);
        everyEdgeJoinsTwoNodesOfTheAnswer(twoSteps);
    }

    @Test
    void mentionsCarryThePositionTakenOnATerritoryInTheirLabel() {
        JsonNode view = get("/api/graph?focus=crimea").isOk().json();
        List<String> labels = new ArrayList<>();
        view.at("/elements/edges").forEach(e -> labels.add(e.at("/data/label").asText()));
        assertThat(labels).contains("MENTIONS: recognise-as-russian", "MENTIONS: return-to-ukraine");
        view.at("/elements/edges").forEach(e -> {
            if (e.at("/data/type").asText().equals("MENTIONS") && e.at("/data/position").isTextual()) {
                assertThat(e.at("/data/label").asText()).endsWith(e.at("/data/position").asText());
            }
        });
    }

    @Test
    void aTerritorysStancesAreDrawnNamedByTheirPositionAndCanBeFocusedByTheirStableKey() {
        JsonNode view = get("/api/graph?focus=crimea").isOk().json();
        Map<String, JsonNode> nodes = nodes(view);
        // No node is ever named by its database element id, which means nothing to a reader and changes per database.
        nodes.forEach((id, n) -> {
            assertThat(id).doesNotStartWith("node:");
            assertThat(n.at("/data/label").asText()).doesNotStartWith("node:");
        });
        JsonNode stance = nodes.get("stance:crimea decide-by-vote");
        assertThat(stance).as("the stance node of Musk's decide-by-vote polls, beside Crimea").isNotNull();
        assertThat(stance.at("/data/type").asText()).isEqualTo("stance");
        assertThat(stance.at("/data/label").asText()).isEqualTo("stance: decide by vote");
        assertThat(stance.at("/data/territory").asText()).isEqualTo("crimea");
        assertThat(edgeTypes(view)).contains("ON");
        everyEdgeJoinsTwoNodesOfTheAnswer(view);

        JsonNode focused = get("/api/graph?focus=stance:crimea%20decide-by-vote").isOk().json();
        assertThat(focused.at("/focus/id").asText()).isEqualTo("stance:crimea decide-by-vote");
        assertThat(nodes(focused)).containsKeys("crimea", "elon-musk");
        assertThat(get("/api/graph?focus=stance:crimea%20no-such-position").isProblem(400).json().path("detail")
                .asText()).contains("stance:KEY");
    }

    @Test
    void aHubIsPagedThroughItsRelationshipsAndEveryPageTogetherShowsAllItsNeighbours() {
        JsonNode first = get("/api/graph?focus=elon-musk&limit=4").isOk().json();
        assertThat(first.at("/elements/nodes").size()).isEqualTo(4);
        assertThat(first.path("truncated").asBoolean()).isTrue();
        long degree = first.at("/focus/degree").asLong();
        assertThat(first.at("/focus/next").asLong()).isEqualTo(3);
        assertThat(first.at("/focus/remaining").asLong()).isEqualTo(degree - 3);
        // What he said comes first.
        nodes(first).values().stream().skip(1).forEach(n -> assertThat(n.at("/data/speaker").asText())
                .isEqualTo("elon-musk"));

        Set<String> paged = new HashSet<>();
        long skip = 0;
        for (int i = 0; i < 100 && skip < degree; i++) {
            JsonNode page = get("/api/graph?focus=elon-musk&limit=4&skip=" + skip).isOk().json();
            paged.addAll(nodes(page).keySet());
            skip = page.at("/focus/next").asLong();
        }
        Set<String> all = nodes(get("/api/graph?focus=elon-musk&limit=2000").isOk().json()).keySet();
        assertThat(paged).isEqualTo(all);
        assertThat(all.size()).isGreaterThan(10);
    }

    @Test
    void filtersPickStatementsByActSpeakerTerritoryAndArticle() {
        JsonNode denials = get("/api/graph?act=denial").isOk().json();
        Map<String, JsonNode> nodes = nodes(denials);
        assertThat(nodes).containsKeys(MUSK_DENIAL, "elon-musk");
        nodes.values().stream().filter(n -> n.at("/data/type").asText().equals("statement"))
                .forEach(n -> assertThat(n.at("/data/act").asText()).isEqualTo("denial"));
        everyEdgeJoinsTwoNodesOfTheAnswer(denials);

        JsonNode crimea = get("/api/graph?territory=crimea&speaker=elon-musk").isOk().json();
        assertThat(nodes(crimea)).containsKeys("crimea", "elon-musk", MUSK_PROPOSAL).doesNotContainKey(PUTIN_DEMANDS);

        JsonNode article = get("/api/graph?article=" + SEED + "&limit=2000").isOk().json();
        assertThat(nodes(article)).containsKey("article:" + SEED);
        assertThat(nodes(article).values().stream().filter(n -> n.at("/data/type").asText().equals("statement"))
                .count()).isEqualTo(27);
    }

    @Test
    void anArticleIsAddressedAsArticleColonId() {
        JsonNode view = get("/api/graph?focus=article:" + SEED + "&limit=2000").isOk().json();
        JsonNode article = nodes(view).get("article:" + SEED).path("data");
        assertThat(article.path("type").asText()).isEqualTo("article");
        assertThat(article.path("ref").asText()).isEqualTo(SEED);
        assertThat(article.path("title").asText()).startsWith("Elon Musk denies");
        assertThat(article.has("text")).as("the article text is left to /api/articles/{id}").isFalse();
        assertThat(edgeTypes(view)).contains("SOURCED_FROM", "NAMES");
    }

    @Test
    void badParametersAreNamed() {
        get("/api/graph?depth=4").isProblem(400);
        assertThat(get("/api/graph?limit=0").isProblem(400).json().path("parameter").asText()).isEqualTo("limit");
        assertThat(get("/api/graph?limit=2001").isProblem(400).json().path("parameter").asText()).isEqualTo("limit");
        assertThat(get("/api/graph?act=shouting").isProblem(400).json().path("parameter").asText()).isEqualTo("act");
        assertThat(get("/api/graph?focus=nobody").isProblem(400).json().path("parameter").asText())
                .isEqualTo("focus");
        assertThat(get("/api/graph?skip=-1").isProblem(400).json().path("parameter").asText()).isEqualTo("skip");
        get("/api/graph?depth=two").isProblem(400);
    }

    @Test
    void noGraphQueryScansAllStatementsOrAllNodes() {
        Map<String, Map<String, Object>> queries = new HashMap<>();
        queries.put("query/graph-opening", Map.of("speakers", 12, "perSpeaker", 5));
        queries.put("query/graph-find", Map.of("id", "elon-musk", "articleId", "elon-musk"));
        queries.put("query/graph-neighbours", Map.of("ids", List.of("x"), "skip", 0, "perNode", 10));
        queries.put("query/graph-elements", Map.of("ids", List.of("x"), "perNode", 10));
        Map<String, Object> filter = new HashMap<>();
        filter.put("act", "denial");
        filter.put("speaker", null);
        filter.put("territory", null);
        filter.put("article", null);
        filter.put("limit", 10);
        queries.put("query/graph-filtered", filter);
        try (Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            queries.forEach((name, params) -> {
                Plan plan = session.run("EXPLAIN " + Cypher.query(name), params).consume().plan();
                List<String> operators = new ArrayList<>();
                collect(plan, operators);
                assertThat(operators).as("plan of %s", name).noneMatch(op -> op.startsWith("AllNodesScan")
                        || op.startsWith("NodeByLabelScan") || op.startsWith("DirectedAllRelationshipsScan")
                        || op.startsWith("UndirectedAllRelationshipsScan"));
            });
        }
    }

    private static void collect(Plan plan, List<String> operators) {
        operators.add(plan.operatorType());
        plan.children().forEach(child -> collect(child, operators));
    }

    static Map<String, JsonNode> nodes(JsonNode view) {
        Map<String, JsonNode> nodes = new java.util.LinkedHashMap<>();
        view.at("/elements/nodes").forEach(n -> nodes.put(n.at("/data/id").asText(), n));
        return nodes;
    }

    static Set<String> edgeTypes(JsonNode view) {
        Set<String> types = new HashSet<>();
        view.at("/elements/edges").forEach(e -> types.add(e.at("/data/type").asText()));
        return types;
    }

    static void everyEdgeJoinsTwoNodesOfTheAnswer(JsonNode view) {
        Set<String> ids = nodes(view).keySet();
        Set<String> edgeIds = new HashSet<>();
        view.at("/elements/edges").forEach(e -> {
            assertThat(ids).contains(e.at("/data/source").asText(), e.at("/data/target").asText());
            assertThat(edgeIds.add(e.at("/data/id").asText())).as("unique edge id").isTrue();
            assertThat(e.at("/data/label").asText()).startsWith(e.at("/data/type").asText());
        });
        view.path("outside").forEach(e -> assertThat(
                ids.contains(e.at("/data/source").asText()) && ids.contains(e.at("/data/target").asText()))
                .isFalse());
    }
}

package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.saidgraph.support.QuestionFiles;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/cypher: researchers' own read-only queries, and a hostile suite that must change nothing. */
class CypherApiTest extends ApiTestSupport {

    Answer cypher(String query, Map<String, Object> parameters) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", query);
        if (parameters != null) {
            body.set("parameters", JSON.valueToTree(parameters));
        }
        return post("/api/cypher", body.toString());
    }

    Answer cypher(String query) {
        return cypher(query, null);
    }

    @Test
    void answersAResearchersQuestionWithParameters() {
        JsonNode result = cypher("""
                MATCH (p)-[:SAID]->(s:Statement)-[m:MENTIONS]->(:Territory {id: $territory})
                WHERE m.position IS NOT NULL
                RETURN p.id AS speaker, m.position AS position, s.text AS text ORDER BY speaker""",
                Map.of("territory", "crimea")).isOk().json();
        assertThat(texts(result.path("columns"), "")).hasSize(3);
        assertThat(result.path("columns").toString()).isEqualTo("[\"speaker\",\"position\",\"text\"]");
        StringBuilder rows = new StringBuilder();
        result.path("rows").forEach(r -> rows.append(r.get(0).asText()).append('=').append(r.get(1).asText())
                .append('\n'));
        assertThat(rows.toString()).contains("elon-musk=recognise-as-russian", "vladimir-putin=remain-russian",
                "mykhaylo-podolyak=return-to-ukraine");
        assertThat(result.path("truncated").asBoolean()).isFalse();
    }

    @Test
    void rendersNodesRelationshipsAndPaths() {
        JsonNode node = cypher("MATCH (p:Person {id: $id}) RETURN p", Map.of("id", "gitanas-nauseda")).isOk().json()
                .at("/rows/0/0");
        assertThat(node.path("labels").toString()).contains("Person");
        assertThat(node.at("/properties/name").asText()).isEqualTo("Gitanas Nausėda");
        assertThat(node.at("/properties/aliases").isArray()).isTrue();
        assertThat(node.path("elementId").asText()).isNotBlank();

        JsonNode rel = cypher("MATCH (:Statement {id: $id})-[r:SOURCED_FROM]->() RETURN r",
                Map.of("id", MUSK_DENIAL)).isOk().json().at("/rows/0/0");
        assertThat(rel.path("type").asText()).isEqualTo("SOURCED_FROM");
        assertThat(rel.at("/properties/start").isInt()).isTrue();
        assertThat(rel.path("startElementId").asText()).isNotBlank();

        JsonNode path = cypher("MATCH p = (:Person {id: 'ian-bremmer'})-[:SAID]->(:Statement) RETURN p LIMIT 1")
                .isOk().json().at("/rows/0/0");
        assertThat(path.path("nodes")).hasSize(2);
        assertThat(path.at("/relationships/0/type").asText()).isEqualTo("SAID");

        JsonNode values = cypher("RETURN date('2022-10-03') AS d, [1, 2.5, true, null, 'x'] AS l, {a: 1} AS m, "
                + "duration.between(date('2022-01-01'), date('2022-10-03')) AS span").isOk().json().at("/rows/0");
        assertThat(values.get(0).asText()).isEqualTo("2022-10-03");
        assertThat(values.get(1).toString()).isEqualTo("[1,2.5,true,null,\"x\"]");
        assertThat(values.get(2).toString()).isEqualTo("{\"a\":1}");
        assertThat(values.get(3).asText()).startsWith("P");
    }

    @Test
    void allowsTheSchemaAndFullTextProcedures() {
        JsonNode labels = cypher("CALL db.labels() YIELD label RETURN label ORDER BY label").isOk().json();
        assertThat(labels.path("rows").toString()).contains("Person", "Statement");
        JsonNode hits = cypher("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id",
                Map.of("q", "nauseda")).isOk().json();
        assertThat(hits.at("/rows/0/0").asText()).isEqualTo("gitanas-nauseda");
    }

    @Test
    void acceptsQueryOptionsAndExplain() {
        JsonNode options = cypher("CYPHER 5 MATCH (p:Person) RETURN count(p) AS n").isOk().json();
        assertThat(options.at("/rows/0/0").asInt()).isPositive();
        JsonNode runtime = cypher("CYPHER runtime=slotted MATCH (p:Person) RETURN count(p) AS n").isOk().json();
        assertThat(runtime.at("/rows/0/0").asInt()).isPositive();
        JsonNode explained = cypher("EXPLAIN MATCH (p:Person) RETURN p").isOk().json();
        assertThat(explained.path("rows")).isEmpty();
    }

    @Test
    void keywordsInsideStringsAndCommentsAreNotCode() {
        JsonNode result = cypher("""
                // CREATE (n) and LOAD CSV in a comment
                MATCH (s:Statement) WHERE s.text CONTAINS 'CREATE (n) LOAD CSV dbms.listConfig()' /* DELETE */
                RETURN count(s) AS n""").isOk().json();
        assertThat(result.at("/rows/0/0").asInt()).isZero();
    }

    @Test
    void capsRowsAndSaysSoQuickly() {
        long started = System.nanoTime();
        JsonNode result = cypher("UNWIND range(1, 100000000) AS x RETURN x").isOk().json();
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(result.path("truncated").asBoolean()).isTrue();
        assertThat(result.path("rows")).hasSize(10_000);
        assertThat(result.path("rowCount").asInt()).isEqualTo(10_000);
        assertThat(ms).isLessThan(3_000);
        JsonNode exact = cypher("UNWIND range(1, 10000) AS x RETURN x").isOk().json();
        assertThat(exact.path("truncated").asBoolean()).isFalse();
    }

    @Test
    void stopsARunawayCartesianQueryAtTheTimeout() {
        String before = graphFingerprint();
        long started = System.nanoTime();
        Answer answer = cypher("MATCH (a), (b), (c), (d), (e), (f) WHERE a.id < b.id AND c.id < d.id "
                + "RETURN count(*)").isProblem(422);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(answer.json().path("detail").asText()).contains("longer than 3000 ms");
        assertThat(ms).isBetween(2_500L, 15_000L);
        assertThat(graphFingerprint()).isEqualTo(before);
    }

    @Test
    void refusesQueriesBeyondTheConcurrencyLimitWith429() throws Exception {
        String slow = "MATCH (a), (b), (c), (d), (e), (f) WHERE a.id < b.id AND c.id < d.id RETURN count(*)";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> cypher(slow)));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                Answer a = answer.get();
                statuses.add(a.status());
                if (a.status() == 429) {
                    a.isProblem(429);
                    assertThat(a.response().headers().firstValue("Retry-After")).isPresent();
                }
            }
            assertThat(statuses).contains(429).contains(422).doesNotContain(200, 500);
        } finally {
            pool.shutdownNow();
        }
        cypher("RETURN 1").isOk();
    }

    @ParameterizedTest(name = "refuses: {0}")
    @MethodSource("org.saidgraph.api.HostileQueries#refused")
    void refusesAndChangesNothing(String query) {
        String before = graphFingerprint();
        Answer answer = cypher(query);
        assertThat(answer.status()).as("%s -> %s", query, answer.text()).isIn(400, 403);
        answer.isProblem(answer.status());
        assertThat(graphFingerprint()).as("graph after %s", query).isEqualTo(before);
        assertThat(cypher("MATCH (n:Hacked) RETURN count(n)").isOk().json().at("/rows/0/0").asInt()).isZero();
    }

    @Test
    void writesHiddenInParametersAreStillJustValues() {
        String before = graphFingerprint();
        JsonNode result = cypher("RETURN $q AS q", Map.of("q", "CREATE (n:Hacked)")).isOk().json();
        assertThat(result.at("/rows/0/0").asText()).isEqualTo("CREATE (n:Hacked)");
        cypher("MATCH (n:Person {id: 'elon-musk'}) SET n += $props", Map.of("props", Map.of("name", "x")))
                .isProblem(403);
        assertThat(graphFingerprint()).isEqualTo(before);
    }

    @Test
    void malformedBodiesAre400AndOversizedOnes413() {
        String before = graphFingerprint();
        assertThat(post("/api/cypher", "MATCH (n) RETURN n").isProblem(400).json().path("detail").asText())
                .contains("JSON");
        post("/api/cypher", "").isProblem(400);
        post("/api/cypher", "[]").isProblem(400);
        post("/api/cypher", "null").isProblem(400);
        assertThat(post("/api/cypher", "{}").isProblem(400).json().path("detail").asText()).contains("query");
        post("/api/cypher", "{\"query\": \"   \"}").isProblem(400);
        assertThat(post("/api/cypher", "{\"query\": 42}").isProblem(400).json().path("detail").asText())
                .contains("query");
        assertThat(post("/api/cypher", "{\"query\": \"RETURN 1\", \"parameters\": [1]}").isProblem(400).json()
                .path("detail").asText()).contains("parameters");
        post("/api/cypher", "{\"query\": \"RETURN 1\", \"extra\": 1}").isProblem(400);
        post("/api/cypher", "{\"query\": \"RETURN 1\", \"query\": \"CREATE (n)\"}").isProblem(400);
        post("/api/cypher", "{\"query\": \"RETURN 1\"} {\"query\": \"CREATE (n)\"}").isProblem(400);
        post("/api/cypher", "{\"query\": \"RETURN $x\", \"parameters\": {\"x\": 123456789012345678901234567890}}")
                .isProblem(400);
        assertThat(post("/api/cypher", "{\"query\": \"MATCH (n RETURN n\"}").isProblem(400).json().path("title")
                .asText()).isEqualTo("Cypher syntax error");
        post("/api/cypher", "{\"query\": \"RETURN $missing\"}").isProblem(400);
        post("/api/cypher", "{\"query\": \"RETURN 1/0\"}").isProblem(400);

        String megabyte = "RETURN 1 // " + "x".repeat(1024 * 1024);
        Answer huge = post("/api/cypher", "{\"query\": " + WriteApiTest.quote(megabyte) + "}");
        huge.isProblem(413);
        String longQuery = "RETURN 1 // " + "x".repeat(30_000);
        post("/api/cypher", "{\"query\": " + WriteApiTest.quote(longQuery) + "}").isProblem(400);

        Answer wrongType = send(HttpRequest.newBuilder(uri("/api/cypher"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"RETURN 1\"}"))
                .header("Content-Type", "text/plain"));
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(graphFingerprint()).isEqualTo(before);
    }

    static Stream<Path> readmeQuestions() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cypher/questions"))) {
            return files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList().stream();
        }
    }

    /**
     * The README's questions, each a file in cypher/questions/, pass every layer and answer over HTTP, sent as the
     * README says to send them through a driver: without their :param lines, with the parameters it lists.
     */
    @ParameterizedTest(name = "answers {0}")
    @MethodSource("readmeQuestions")
    void answersTheReadmeQuestions(Path file) throws IOException {
        String question = file.getFileName().toString().replace(".cypher", "");
        Map<String, Object> parameters = QuestionFiles.readmeParameters(Path.of("README.md")).get(question);
        JsonNode result = cypher(QuestionFiles.body(Files.readString(file)), parameters).isOk().json();
        assertThat(result.path("rows")).as("rows of %s", file).isNotEmpty();
        assertThat(result.path("truncated").asBoolean()).isFalse();
    }

    @Test
    void theSeedIsIntactAfterAllOfIt() {
        JsonNode counts = cypher("MATCH (s:Statement)-[:SOURCED_FROM]->(:Article {id: $a}) RETURN count(s)",
                Map.of("a", SEED)).isOk().json();
        assertThat(counts.at("/rows/0/0").asInt()).isGreaterThan(10);
        assertThat(List.of(cypher("MATCH (n:Hacked) RETURN count(n)").isOk().json().at("/rows/0/0").asInt()))
                .containsExactly(0);
    }
}

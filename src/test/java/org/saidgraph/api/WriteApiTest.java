package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading and removing articles over HTTP, with the write token; uses its own small article, never the seed. */
class WriteApiTest extends ApiTestSupport {

    static final String ARTICLE = "api-write-test";
    static final String TOKEN = "Bearer test-token";

    static String dataset(String extraSentence) {
        String text = "Ada Tester said: \"The bridge must stay open.\" Bob Checker replied that it should close."
                + extraSentence;
        return """
                {
                  "formatVersion": 1,
                  "origin": "curated",
                  "article": {"id": "%s", "title": "A test article", "text": %s},
                  "entities": [
                    {"type": "person", "id": "api-test-ada", "name": "Ada Tester"},
                    {"type": "person", "id": "api-test-bob", "name": "Bob Checker"},
                    {"type": "territory", "id": "api-test-bridgeland", "name": "Bridgeland", "kind": "region"}
                  ],
                  "statements": [
                    {"id": "%s.ada", "text": "The bridge must stay open.", "verbatim": true, "act": "demand", "date": "2022-10-03",
                     "span": {"start": 18, "end": 44}, "speaker": "api-test-ada",
                     "mentions": [{"entity": "api-test-bridgeland", "position": "stay-open"}]},
                    {"id": "%s.bob", "text": "The bridge should close.", "verbatim": false, "act": "reply", "date": "2022-10-04",
                     "span": {"start": 46, "end": 87}, "speaker": "api-test-bob",
                     "respondsTo": ["%s.ada"]}
                  ]
                }
                """.formatted(ARTICLE, quote(text), ARTICLE, ARTICLE, ARTICLE);
    }

    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void removeTheTestArticle() {
        delete("/api/articles/" + ARTICLE, "Authorization", TOKEN);
    }

    @Test
    void loadsQueriesAndRemovesAnArticle() {
        String before = graphFingerprint();
        Answer created = post("/api/articles", dataset(""), "Authorization", TOKEN);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("CREATED");
        assertThat(created.json().path("statements").asInt()).isEqualTo(2);
        assertThat(created.response().headers().firstValue("Location")).hasValue("/api/articles/" + ARTICLE);

        JsonNode ada = get("/api/people/api-test-ada/statements").isOk().json();
        assertThat(ada.at("/items/0/text").asText()).isEqualTo("The bridge must stay open.");
        assertThat(ada.at("/items/0/replies/0/speaker/id").asText()).isEqualTo("api-test-bob");
        assertThat(ada.at("/items/0/source/articleId").asText()).isEqualTo(ARTICLE);
        // Newest first: Bob's reply (4 October) before Ada's demand (3 October), though Ada comes first in the text.
        JsonNode newest = get("/api/statements?article=" + ARTICLE).isOk().json();
        assertThat(texts(newest.path("items"), "id")).containsExactly(ARTICLE + ".bob", ARTICLE + ".ada");
        assertThat(newest.at("/items/0/date").asText()).isEqualTo("2022-10-04");
        JsonNode positions = get("/api/territories/api-test-bridgeland/positions").isOk().json();
        assertThat(positions.at("/items/0/position").asText()).isEqualTo("stay-open");

        Answer again = post("/api/articles", dataset(""), "Authorization", TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("UNCHANGED");
        Answer updated = post("/api/articles", dataset(" The end."), "Authorization", TOKEN);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("status").asText()).isEqualTo("UPDATED");

        Answer removed = delete("/api/articles/" + ARTICLE, "Authorization", TOKEN);
        assertThat(removed.status()).isEqualTo(204);
        get("/api/articles/" + ARTICLE).isProblem(404);
        get("/api/statements/" + ARTICLE + ".ada").isProblem(404);
        delete("/api/articles/" + ARTICLE, "Authorization", TOKEN).isProblem(404);
        // Its entities were named by no other article, so they went with it: the graph is exactly as before.
        get("/api/people/api-test-ada").isProblem(404);
        assertThat(graphFingerprint()).isEqualTo(before);
    }

    @Test
    void theEntityAnswerShowsTheAliasesAndRolesTheArticleGivesAndDropsThemWithIt() {
        String withAliasAndRole = dataset("").replace(
                "{\"type\": \"person\", \"id\": \"api-test-ada\", \"name\": \"Ada Tester\"}",
                "{\"type\": \"person\", \"id\": \"api-test-ada\", \"name\": \"Ada Tester\", \"aliases\": [\"Ada T.\"],"
                        + " \"roles\": [{\"title\": \"mayor\", \"of\": \"api-test-bridgeland\"}]}");
        assertThat(withAliasAndRole).contains("Ada T.");
        assertThat(post("/api/articles", withAliasAndRole, "Authorization", TOKEN).status()).isEqualTo(201);

        JsonNode ada = get("/api/people/api-test-ada").isOk().json();
        assertThat(ada.path("aliases").toString()).isEqualTo("[\"Ada T.\"]");
        assertThat(texts(ada.path("roles"), "title")).containsExactly("mayor");
        assertThat(at(ada.path("roles"), "/of/id")).containsExactly("api-test-bridgeland");
        JsonNode bridgeland = get("/api/territories/api-test-bridgeland").isOk().json();
        assertThat(at(bridgeland.path("roleHolders"), "/holder/id")).containsExactly("api-test-ada");

        // The edited article no longer gives the alias or the role.
        assertThat(post("/api/articles", dataset(""), "Authorization", TOKEN).json().path("status").asText())
                .isEqualTo("UPDATED");

        ada = get("/api/people/api-test-ada").isOk().json();
        assertThat(ada.path("aliases")).as(ada.toString()).isEmpty();
        assertThat(ada.path("roles")).as(ada.toString()).isEmpty();
        assertThat(get("/api/territories/api-test-bridgeland").isOk().json().path("roleHolders")).isEmpty();
    }

    @Test
    void aSpeakerScopedToItsArticleIsServedByItsDottedId() {
        String scoped = ARTICLE + ".officials";
        String withOfficials = dataset("").replace(
                "{\"type\": \"person\", \"id\": \"api-test-bob\", \"name\": \"Bob Checker\"}",
                "{\"type\": \"group\", \"id\": \"" + scoped + "\", \"name\": \"Officials\"}")
                .replace("\"speaker\": \"api-test-bob\"", "\"speaker\": \"" + scoped + "\"");
        assertThat(withOfficials).contains(scoped);
        assertThat(post("/api/articles", withOfficials, "Authorization", TOKEN).status()).isEqualTo(201);

        JsonNode group = get("/api/groups/" + scoped).isOk().json();
        assertThat(group.path("id").asText()).isEqualTo(scoped);
        assertThat(group.path("name").asText()).isEqualTo("Officials");
        assertThat(get("/api/groups/" + scoped + "/statements").isOk().json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void writesNeedTheToken() {
        String before = graphFingerprint();
        Answer none = post("/api/articles", dataset(""));
        none.isProblem(401);
        assertThat(none.response().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        post("/api/articles", dataset(""), "Authorization", "Bearer wrong").isProblem(403);
        post("/api/articles", dataset(""), "Authorization", "Basic dGVzdA==").isProblem(401);
        delete("/api/articles/" + SEED).isProblem(401);
        delete("/api/articles/" + SEED, "Authorization", "Bearer wrong").isProblem(403);
        assertThat(graphFingerprint()).isEqualTo(before);
        get("/api/articles/" + SEED).isOk();
    }

    @Test
    void anInvalidDatasetIsRefusedWithEveryProblemAndChangesNothing() {
        String before = graphFingerprint();
        String bad = dataset("").replace("\"act\": \"demand\"", "\"act\": \"shouting\"")
                .replace("\"speaker\": \"api-test-bob\"", "\"speaker\": \"nobody\"");
        Answer answer = post("/api/articles", bad, "Authorization", TOKEN).isProblem(422);
        assertThat(answer.json().path("problems")).isNotEmpty();
        assertThat(answer.json().at("/problems/0/pointer").asText()).startsWith("/statements/");
        assertThat(answer.json().at("/problems/0/file").asText()).isEqualTo("request body");

        Answer ruleBroken = post("/api/articles", dataset("").replace("\"speaker\": \"api-test-bob\"",
                "\"speaker\": \"nobody\""), "Authorization", TOKEN).isProblem(422);
        assertThat(ruleBroken.json().at("/problems/0/pointer").asText()).isEqualTo("/statements/1/speaker");

        Answer notJson = post("/api/articles", "{not json", "Authorization", TOKEN).isProblem(422);
        assertThat(notJson.json().path("detail").asText()).contains("JSON");
        post("/api/articles", "", "Authorization", TOKEN).isProblem(422);
        assertThat(graphFingerprint()).isEqualTo(before);
    }

    @Test
    void anOversizedDatasetIs413() {
        String before = graphFingerprint();
        byte[] huge = new byte[(int) org.saidgraph.dataset.DatasetReader.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        Answer answer = send(HttpRequest.newBuilder(uri("/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge))
                .header("Content-Type", "application/json").header("Authorization", TOKEN));
        answer.isProblem(413);
        assertThat(graphFingerprint()).isEqualTo(before);
    }

    @Test
    void aWrongContentTypeIs415() {
        Answer answer = send(HttpRequest.newBuilder(uri("/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).header("Content-Type", "text/plain")
                .header("Authorization", TOKEN));
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}

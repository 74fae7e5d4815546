package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiTest extends ApiTestSupport {

    @Test
    void describesEveryEndpoint() {
        JsonNode docs = get("/v3/api-docs").isOk().json();
        JsonNode paths = docs.path("paths");
        assertThat(paths.has("/api/search")).isTrue();
        for (String path : new String[]{"/api/search", "/api/people/{id}", "/api/people/{id}/statements",
                "/api/organizations/{id}", "/api/territories/{id}", "/api/territories/{id}/statements",
                "/api/territories/{id}/positions", "/api/statements", "/api/statements/{id}",
                "/api/statements/{id}/thread", "/api/paths", "/api/articles", "/api/articles/{id}", "/api/cypher"}) {
            assertThat(paths.has(path)).as("documents %s", path).isTrue();
            paths.path(path).fields().forEachRemaining(op -> {
                assertThat(op.getValue().path("summary").asText()).as("%s %s summary", op.getKey(), path)
                        .isNotBlank();
                assertThat(op.getValue().path("description").asText()).as("%s %s description", op.getKey(), path)
                        .isNotBlank();
            });
        }
        assertThat(paths.path("/api/articles").has("post")).isTrue();
        assertThat(paths.path("/api/articles/{id}").has("delete")).isTrue();
        assertThat(paths.at("/~1api~1people~1{id}/get/parameters/0/example").asText()).isEqualTo("elon-musk");
        assertThat(paths.at("/~1api~1cypher/post/requestBody/content/application~1json/examples").size())
                .isGreaterThan(0);
        assertThat(paths.at("/~1api~1statements/get/responses/400/content").has("application/problem+json")).isTrue();
        assertThat(docs.at("/components/securitySchemes/writeToken/scheme").asText()).isEqualTo("bearer");
        // Answers are shown with real examples from the seed, and keep their schema.
        JsonNode ok = paths.path("/api/statements/{id}").path("get").path("responses").path("200").path("content")
                .path("application/json");
        assertThat(ok.at("/schema/$ref").asText()).as(paths.path("/api/statements/{id}").toString())
                .endsWith("StatementView");
        assertThat(ok.toString()).contains("musk-denial-tweet");
        for (String path : new String[]{"/api/search", "/api/people/{id}", "/api/territories/{id}/positions",
                "/api/paths", "/api/articles/{id}"}) {
            assertThat(paths.path(path).path("get").at("/responses/200/content/application~1json").toString())
                    .as("example answer of %s", path).contains("example");
        }
    }

    @Test
    void describesEachAnswerWithItsOwnSchemaEvenWhereTwoRecordsShareASimpleName() {
        JsonNode docs = get("/v3/api-docs").isOk().json();
        JsonNode entity = schema(docs, "EntityDetail");
        assertThat(fieldsOf(ref(docs, entity.at("/properties/roles/items")))).contains("title", "of", "articles");
        assertThat(fieldsOf(ref(docs, entity.at("/properties/counts")))).contains("said", "mentionedIn");
        assertThat(fieldsOf(ref(docs, schema(docs, "StatementView").at("/properties/counts"))))
                .contains("replies", "deniedBy");
        assertThat(fieldsOf(ref(docs, schema(docs, "ArticleDetail").at("/properties/statements/items"))))
                .contains("id", "act", "speaker");
        assertThat(fieldsOf(ref(docs, schema(docs, "LoadResult").at("/properties/counts"))))
                .contains("nodesCreated");
        assertThat(fieldsOf(ref(docs, schema(docs, "Entity").at("/properties/roles/items")))).contains("of");
    }

    @Test
    void presentsExtractionUnderItsOwnTagWithSummariesAndTheWriteTokenOnIngest() {
        JsonNode paths = get("/v3/api-docs").isOk().json().path("paths");
        for (String path : new String[]{"/api/extract", "/api/ingest"}) {
            JsonNode post = paths.path(path).path("post");
            assertThat(post.path("tags").toString()).as("%s tags", path).isEqualTo("[\"Extraction\"]");
            assertThat(post.path("summary").asText()).as("%s summary", path).isNotBlank();
            assertThat(post.path("description").asText()).as("%s description", path).contains("confidence");
        }
        assertThat(paths.at("/~1api~1ingest/post/security/0").has("writeToken")).isTrue();
        assertThat(paths.at("/~1api~1extract/post/security").isMissingNode()).isTrue();
    }

    private static JsonNode schema(JsonNode docs, String name) {
        JsonNode schema = docs.path("components").path("schemas").path(name);
        assertThat(schema.isMissingNode()).as("schema %s", name).isFalse();
        return schema;
    }

    private static JsonNode ref(JsonNode docs, JsonNode node) {
        String ref = node.path("$ref").asText();
        assertThat(ref).as("a $ref in %s", node).startsWith("#/components/schemas/");
        return schema(docs, ref.substring("#/components/schemas/".length()));
    }

    private static java.util.List<String> fieldsOf(JsonNode schema) {
        java.util.List<String> names = new java.util.ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void servesSwaggerUi() {
        Answer redirect = get("/swagger-ui.html");
        assertThat(redirect.status()).isIn(200, 302);
        String location = redirect.status() == 302
                ? redirect.response().headers().firstValue("Location").orElseThrow() : "/swagger-ui.html";
        Answer page = get(location.startsWith("http") ? location.substring(location.indexOf('/', 8)) : location);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("swagger-ui");
    }
}

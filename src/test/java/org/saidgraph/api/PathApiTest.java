package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathApiTest extends ApiTestSupport {

    @Test
    void nausedaIsConnectedToMuskThroughWhatHeSaid() {
        JsonNode paths = get("/api/paths?from=gitanas-nauseda&to=elon-musk").isOk().json();
        assertThat(paths.path("total").asLong()).isPositive();
        // Nothing on the seed comes near the search's limits: these are all the shortest connections.
        assertThat(paths.path("truncated").isBoolean()).isTrue();
        assertThat(paths.path("truncated").asBoolean()).isFalse();
        JsonNode path = paths.path("items").get(0);
        assertThat(path.path("explanation").asText()).startsWith("Gitanas Nausėda replied: “Dear @elonmusk,")
                .contains("It is addressed to Elon Musk");
        assertThat(path.path("length").asInt()).isEqualTo(path.path("steps").size());
        assertThat(path.at("/steps/0/from/id").asText()).isEqualTo("gitanas-nauseda");
        assertThat(path.at("/steps/" + (path.path("steps").size() - 1) + "/to/id").asText()).isEqualTo("elon-musk");
        path.path("steps").forEach(step -> assertThat(step.path("words").asText()).isNotBlank());
        assertThat(path.path("statements")).isNotEmpty();
        path.path("statements").forEach(StatementApiTest::citesItsSource);
    }

    @Test
    void putinIsConnectedToBremmerThroughTheRelayOfHisDemands() {
        JsonNode paths = get("/api/paths?from=vladimir-putin&to=ian-bremmer&size=200").isOk().json();
        assertThat(paths.path("items")).isNotEmpty();
        StringBuilder all = new StringBuilder();
        paths.path("items").forEach(p -> all.append(p.path("explanation").asText()).append('\n'));
        assertThat(all.toString()).contains("It reached us through Ian Bremmer.")
                .contains("Vladimir Putin demanded (paraphrase): Crimea must remain Russian,");
    }

    @Test
    void pathsThatDifferOnlyByAParaphraseAndItsVerbatimTwinAreOne() {
        JsonNode paths = get("/api/paths?from=gitanas-nauseda&to=vladimir-putin&size=200").isOk().json();
        JsonNode items = paths.path("items");
        // Before: 33 near-duplicates, one per twin statement and per relationship joining the same two nodes.
        assertThat(paths.path("total").asLong()).isEqualTo(items.size()).isLessThanOrEqualTo(7);
        assertThat(texts(items, "explanation")).doesNotHaveDuplicates();
        int variants = 0;
        for (JsonNode p : items) {
            variants += p.path("variants").asInt();
            JsonNode first = p.at("/steps/0/to");
            // The step shows Nausėda's own words and names the twins merged with them.
            assertThat(first.path("verbatim").asBoolean()).isTrue();
            assertThat(first.path("evidence").asText()).isEqualTo(first.path("text").asText());
            assertThat(first.path("twins")).isNotEmpty();
        }
        assertThat(variants).isEqualTo(33);
    }

    @Test
    void explanationsAreGrammaticalSentences() {
        String melnyk = get("/api/paths?from=andriy-melnyk&to=crimea").isOk().json().at("/items/0/explanation")
                .asText();
        assertThat(melnyk).isEqualTo("Andriy Melnyk is Ukraine's outgoing ambassador to Germany. "
                + "Crimea is part of Ukraine.");
        JsonNode toPutin = get("/api/paths?from=gitanas-nauseda&to=vladimir-putin&size=200").isOk().json();
        StringBuilder all = new StringBuilder();
        toPutin.path("items").forEach(p -> all.append(p.path("explanation").asText()).append('\n'));
        assertThat(all.toString()).contains("Vladimir Putin is President of Russia.")
                .contains("Elon Musk denied (paraphrase): He did not speak directly to Russian President")
                .doesNotContain("which has as", "Elon Musk, which", "Elon Musk said “He had");
        assertThat(get("/api/paths?from=crimea&to=russia").isOk().json().at("/items/0/explanation").asText())
                .isEqualTo("Russia claims to have annexed Crimea in 2014; the annexation is not internationally "
                        + "recognised.");
    }

    @Test
    void maxHopsLimitsTheSearch() {
        JsonNode none = get("/api/paths?from=gitanas-nauseda&to=elon-musk&maxHops=1").isOk().json();
        assertThat(none.path("items")).isEmpty();
        assertThat(none.path("total").asLong()).isZero();
    }

    @Test
    void badParametersAreNamed() {
        assertThat(get("/api/paths?from=elon-musk").isProblem(400).json().path("parameter").asText()).isEqualTo("to");
        assertThat(get("/api/paths?from=elon-musk&to=nobody").isProblem(400).json().path("parameter").asText())
                .isEqualTo("to");
        assertThat(get("/api/paths?from=nobody&to=elon-musk").isProblem(400).json().path("parameter").asText())
                .isEqualTo("from");
        assertThat(get("/api/paths?from=gitanas-nauseda&to=elon-musk&maxHops=0").isProblem(400).json()
                .path("parameter").asText()).isEqualTo("maxHops");
        assertThat(get("/api/paths?from=gitanas-nauseda&to=elon-musk&maxHops=11").isProblem(400).json()
                .path("parameter").asText()).isEqualTo("maxHops");
        assertThat(get("/api/paths?from=gitanas-nauseda&to=elon-musk&maxHops=x").isProblem(400).json()
                .path("parameter").asText()).isEqualTo("maxHops");
        get("/api/paths?from=elon-musk&to=elon-musk").isProblem(400);
    }
}

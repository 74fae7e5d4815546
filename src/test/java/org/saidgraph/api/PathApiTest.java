package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathApiTest extends ApiTestSupport {

    @Test
    void nausedaIsConnectedToMuskThroughWhatHeSaid() {
        JsonNode paths = get("/api/paths?from=gitanas-nauseda&to=elon-musk").isOk().json();
        assertThat(paths.path("total").asLong()).isPositive();
        JsonNode path = paths.path("items").get(0);
        assertThat(path.path("explanation").asText()).startsWith("Gitanas Nausėda said “").contains("Elon Musk");
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
        assertThat(all.toString()).contains("reached us through Ian Bremmer");
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

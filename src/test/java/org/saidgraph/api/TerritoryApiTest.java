package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryApiTest extends ApiTestSupport {

    @Test
    void whoSaidWhatAboutCrimeaNamesMuskPutinAndPodolyakWithTheirPositions() {
        JsonNode page = get("/api/territories/crimea/statements?size=200").isOk().json();
        Map<String, Set<String>> positionsBySpeaker = new HashMap<>();
        page.path("items").forEach(item -> {
            JsonNode statement = item.path("statement");
            StatementApiTest.citesItsSource(statement);
            assertThat(at(statement.path("mentions"), "/id")).contains("crimea");
            item.path("positions").forEach(p -> positionsBySpeaker
                    .computeIfAbsent(statement.at("/speaker/id").asText(), k -> new HashSet<>())
                    .add(p.path("position").asText()));
        });
        assertThat(positionsBySpeaker).containsKeys("elon-musk", "vladimir-putin", "mykhaylo-podolyak");
        assertThat(positionsBySpeaker.get("elon-musk")).contains("recognise-as-russian");
        assertThat(positionsBySpeaker.get("vladimir-putin")).contains("remain-russian");
        assertThat(positionsBySpeaker.get("mykhaylo-podolyak")).contains("return-to-ukraine");
        // The positions differ: no one else's position on Crimea is Podolyak's.
        assertThat(positionsBySpeaker.get("elon-musk")).doesNotContainAnyElementsOf(
                positionsBySpeaker.get("mykhaylo-podolyak"));
        assertThat(positionsBySpeaker.get("vladimir-putin")).doesNotContainAnyElementsOf(
                positionsBySpeaker.get("mykhaylo-podolyak"));
    }

    @Test
    void positionsOnCrimeaAreGroupedWithSpeakersAndStatements() {
        JsonNode page = get("/api/territories/crimea/positions").isOk().json();
        JsonNode groups = page.path("items");
        assertThat(page.path("total").asLong()).isEqualTo(groups.size());
        Map<String, JsonNode> byPosition = new HashMap<>();
        groups.forEach(g -> byPosition.put(g.path("position").asText(), g));
        assertThat(byPosition).containsKeys("recognise-as-russian", "remain-russian", "return-to-ukraine");
        assertThat(texts(byPosition.get("recognise-as-russian").path("speakers"), "id")).containsExactly("elon-musk");
        assertThat(texts(byPosition.get("remain-russian").path("speakers"), "id")).containsExactly("vladimir-putin");
        assertThat(texts(byPosition.get("return-to-ukraine").path("speakers"), "id"))
                .containsExactly("mykhaylo-podolyak");
        groups.forEach(g -> {
            assertThat(g.path("statements")).isNotEmpty();
            assertThat(g.path("statementCount").asLong()).isEqualTo(g.path("statements").size());
            g.path("statements").forEach(StatementApiTest::citesItsSource);
        });
        JsonNode putin = byPosition.get("remain-russian").path("statements").get(0);
        assertThat(texts(putin.path("relayChain"), "id")).containsExactly("elon-musk", "ian-bremmer");
    }

    @Test
    void partsCanBeIncluded() {
        JsonNode direct = get("/api/territories/donbas/statements").isOk().json();
        JsonNode withParts = get("/api/territories/donbas/statements?includeParts=true").isOk().json();
        assertThat(withParts.path("total").asLong()).isGreaterThan(direct.path("total").asLong());
        JsonNode positions = get("/api/territories/donbas/positions?includeParts=true").isOk().json().path("items");
        assertThat(texts(positions, "position")).contains("decide-by-vote", "annexation-recognised");
        assertThat(get("/api/territories/donbas/statements?includeParts=perhaps").isProblem(400).json()
                .path("parameter").asText()).isEqualTo("includeParts");
    }

    @Test
    void statementsCanBeNarrowedToOnePosition() {
        JsonNode remain = get("/api/territories/crimea/statements?position=remain-russian").isOk().json();
        assertThat(remain.path("total").asLong()).isEqualTo(1);
        assertThat(remain.at("/items/0/statement/id").asText()).isEqualTo(PUTIN_DEMANDS);
        assertThat(remain.at("/items/0/positions/0/position").asText()).isEqualTo("remain-russian");
        JsonNode none = get("/api/territories/crimea/statements?position=no-such-position").isOk().json();
        assertThat(none.path("total").asLong()).isZero();
    }

    @Test
    void positionGroupsArePaged() {
        JsonNode first = get("/api/territories/crimea/positions?size=1").isOk().json();
        assertThat(first.path("items")).hasSize(1);
        assertThat(first.path("total").asLong()).isGreaterThanOrEqualTo(4);
        JsonNode second = get("/api/territories/crimea/positions?size=1&page=1").isOk().json();
        assertThat(second.at("/items/0/position").asText()).isNotEqualTo(first.at("/items/0/position").asText());
        get("/api/territories/crimea/positions?size=0").isProblem(400);
    }

    @Test
    void pagingIsChecked() {
        JsonNode one = get("/api/territories/crimea/statements?size=1").isOk().json();
        assertThat(one.path("items")).hasSize(1);
        assertThat(one.path("total").asLong()).isGreaterThan(1);
        get("/api/territories/crimea/statements?size=500").isProblem(400);
    }
}

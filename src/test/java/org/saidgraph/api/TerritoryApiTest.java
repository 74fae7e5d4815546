package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    void eachPositionListsAsManyOfItsStatementsAsAskedAndCountsThemAll() {
        JsonNode vote = byPosition(get("/api/territories/crimea/positions?statements=1").isOk().json(),
                "decide-by-vote");
        assertThat(vote.path("statementCount").asLong()).isEqualTo(2);
        assertThat(vote.path("statements")).hasSize(1);
        JsonNode none = byPosition(get("/api/territories/crimea/positions?statements=0").isOk().json(),
                "decide-by-vote");
        assertThat(none.path("statements")).isEmpty();
        assertThat(none.path("statementCount").asLong()).isEqualTo(2);
        for (String wrong : List.of("51", "-1", "many")) {
            assertThat(get("/api/territories/crimea/positions?statements=" + wrong).isProblem(400).json()
                    .path("parameter").asText()).as(wrong).isEqualTo("statements");
        }
    }

    private static JsonNode byPosition(JsonNode page, String position) {
        for (JsonNode g : page.path("items")) {
            if (g.path("position").asText().equals(position)) {
                return g;
            }
        }
        throw new AssertionError("no position " + position + " in " + page);
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
        assertThat(get("/api/territories/donbas/positions?includeParts=yes").isProblem(400).json()
                .path("parameter").asText()).isEqualTo("includeParts");
    }

    @Test
    void statementsCanBeNarrowedToOnePosition() {
        JsonNode remain = get("/api/territories/crimea/statements?position=remain-russian").isOk().json();
        assertThat(remain.path("total").asLong()).isEqualTo(1);
        assertThat(remain.at("/items/0/statement/id").asText()).isEqualTo(PUTIN_DEMANDS);
        assertThat(remain.at("/items/0/positions/0/position").asText()).isEqualTo("remain-russian");
    }

    @Test
    void aPositionNoStatementTakesIsA400NamingThePositionsTakenThere() {
        JsonNode typo = get("/api/territories/crimea/statements?position=remain-russia").isProblem(400).json();
        assertThat(typo.path("parameter").asText()).isEqualTo("position");
        assertThat(typo.path("detail").asText()).contains("'remain-russia'", "remain-russian", "return-to-ukraine",
                "recognise-as-russian");
        // A position taken elsewhere but not here is no typo: an empty page.
        JsonNode elsewhere = get("/api/territories/crimea/statements?position=permanent-neutrality").isOk().json();
        assertThat(elsewhere.path("total").asLong()).isZero();
    }

    @Test
    void putinsRelayedDemandIsNeitherFirstHandNorUndisputedWhileMusksProposalIsFirstHand() {
        Map<String, JsonNode> byPosition = new HashMap<>();
        get("/api/territories/crimea/positions").isOk().json().path("items")
                .forEach(g -> byPosition.put(g.path("position").asText(), g));
        JsonNode remain = byPosition.get("remain-russian");
        assertThat(remain.path("firstHand").asBoolean()).isFalse();
        assertThat(remain.path("firstHandCount").asLong()).isZero();
        assertThat(remain.path("disputed").asBoolean()).isTrue();
        assertThat(remain.path("disputedCount").asLong()).isEqualTo(1);
        assertThat(texts(remain.path("disputedBy"), "id")).containsExactlyInAnyOrder(MUSK_DENIAL,
                SEED + ".musk-denies-putin-call");
        assertThat(texts(remain.path("territories"), "id")).containsExactly("crimea");
        JsonNode demands = remain.path("statements").get(0);
        assertThat(demands.path("firstHand").asBoolean()).isFalse();
        assertThat(demands.path("disputed").asBoolean()).isTrue();

        JsonNode recognise = byPosition.get("recognise-as-russian");
        assertThat(recognise.path("firstHand").asBoolean()).isTrue();
        assertThat(recognise.path("disputed").asBoolean()).isFalse();
        assertThat(recognise.path("disputedBy")).isEmpty();
    }

    @Test
    void firstHandOnlyLeavesOutWhatReachedUsThroughOthers() {
        JsonNode positions = get("/api/territories/crimea/positions?firstHand=true").isOk().json().path("items");
        assertThat(texts(positions, "position")).contains("recognise-as-russian", "return-to-ukraine")
                .doesNotContain("remain-russian");
        positions.forEach(g -> assertThat(g.path("firstHandCount").asLong()).isEqualTo(g.path("statementCount")
                .asLong()));
        JsonNode statements = get("/api/territories/crimea/statements?firstHand=true&size=200").isOk().json();
        assertThat(at(statements.path("items"), "/statement/id")).isNotEmpty().doesNotContain(PUTIN_DEMANDS);
        statements.path("items").forEach(i -> assertThat(i.at("/statement/firstHand").asBoolean()).isTrue());
        assertThat(get("/api/territories/crimea/positions?firstHand=yes").isProblem(400).json().path("parameter")
                .asText()).isEqualTo("firstHand");
    }

    @Test
    void musksDonbasPollIsSeenFromLuhanskAndDonetskWithTheirWholes() {
        for (String part : new String[]{"luhansk", "donetsk"}) {
            JsonNode alone = get("/api/territories/" + part + "/positions").isOk().json().path("items");
            assertThat(texts(alone, "position")).doesNotContain("decide-by-vote");
            JsonNode withWholes = get("/api/territories/" + part + "/positions?includeWholes=true").isOk().json()
                    .path("items");
            JsonNode vote = null;
            for (JsonNode g : withWholes) {
                if (g.path("position").asText().equals("decide-by-vote")) {
                    vote = g;
                }
            }
            assertThat(vote).as("decide-by-vote seen from %s", part).isNotNull();
            assertThat(texts(vote.path("territories"), "id")).contains("donbas");
            assertThat(at(vote.path("statements"), "/id")).contains(SEED + ".musk-second-poll");
            JsonNode statements = get("/api/territories/" + part + "/statements?includeWholes=true"
                    + "&position=decide-by-vote").isOk().json();
            assertThat(at(statements.path("items"), "/statement/id")).contains(SEED + ".musk-second-poll");
        }
        assertThat(get("/api/territories/luhansk/statements?includeWholes=perhaps").isProblem(400).json()
                .path("parameter").asText()).isEqualTo("includeWholes");
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

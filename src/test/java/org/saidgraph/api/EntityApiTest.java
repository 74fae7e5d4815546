package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityApiTest extends ApiTestSupport {

    @Test
    void aPersonWithAliasesRolesAndCounts() {
        JsonNode musk = get("/api/people/elon-musk").isOk().json();
        assertThat(musk.path("name").asText()).isEqualTo("Elon Musk");
        assertThat(musk.path("type").asText()).isEqualTo("person");
        assertThat(musk.path("aliases").toString()).contains("@elonmusk");
        assertThat(at(musk.path("roles"), "/of/id")).contains("tesla", "spacex");
        assertThat(texts(musk.path("roles"), "title")).contains("chief executive");
        assertThat(musk.at("/counts/said").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(musk.at("/counts/mentionedIn").asLong()).isPositive();
        assertThat(musk.at("/counts/addressedIn").asLong()).isPositive();
        assertThat(musk.at("/counts/articles").asLong()).isEqualTo(1);
    }

    @Test
    void everyEntityAnswerHasItsAliasesAndRolesEvenWhenEmpty() {
        JsonNode bremmer = get("/api/people/ian-bremmer").isOk().json();
        assertThat(bremmer.has("roles")).isTrue();
        assertThat(bremmer.path("roles").isArray()).isTrue();
        assertThat(bremmer.path("roles")).isEmpty();
        assertThat(bremmer.path("aliases").isArray()).isTrue();
        assertThat(bremmer.has("annexationClaimedBy")).as("a person claims no annexation").isFalse();
        JsonNode group = get("/api/groups/politicians-across-europe").isOk().json();
        assertThat(group.path("roles").isArray()).isTrue();
        JsonNode luhansk = get("/api/territories/luhansk").isOk().json();
        for (String list : new String[]{"roles", "roleHolders", "partOf", "parts", "annexationClaimedBy",
                "annexationsClaimed"}) {
            assertThat(luhansk.path(list).isArray()).as(list).isTrue();
        }
        assertThat(luhansk.path("parts")).isEmpty();
        assertThat(get("/api/organizations/vice").isOk().json().path("roleHolders").isArray()).isTrue();
    }

    @Test
    void aPersonWhoseWordsReachedUsThroughOthers() {
        JsonNode putin = get("/api/people/vladimir-putin").isOk().json();
        assertThat(putin.at("/counts/saidThroughOthers").asLong()).isPositive();
        JsonNode bremmer = get("/api/people/ian-bremmer").isOk().json();
        assertThat(bremmer.at("/counts/relayed").asLong()).isPositive();
    }

    @Test
    void aPersonWithDiacritics() {
        JsonNode nauseda = get("/api/people/gitanas-nauseda").isOk().json();
        assertThat(nauseda.path("name").asText()).isEqualTo("Gitanas Nausėda");
        assertThat(at(nauseda.path("roles"), "/of/id")).contains("lithuania");
    }

    @Test
    void aTerritoryWithPartOfAndAnnexationFacts() {
        JsonNode crimea = get("/api/territories/crimea").isOk().json();
        assertThat(crimea.path("type").asText()).isEqualTo("territory");
        assertThat(texts(crimea.path("partOf"), "id")).contains("ukraine");
        JsonNode claim = crimea.path("annexationClaimedBy").get(0);
        assertThat(claim.at("/by/id").asText()).isEqualTo("russia");
        assertThat(claim.path("year").asInt()).isEqualTo(2014);
        assertThat(claim.path("recognised").asBoolean()).isFalse();
        assertThat(crimea.at("/counts/mentionedIn").asLong()).isGreaterThanOrEqualTo(3);

        JsonNode russia = get("/api/territories/russia").isOk().json();
        assertThat(at(russia.path("annexationsClaimed"), "/territory/id")).contains("crimea", "luhansk");
        JsonNode donbas = get("/api/territories/donbas").isOk().json();
        assertThat(texts(donbas.path("parts"), "id")).contains("luhansk", "donetsk");
    }

    @Test
    void anOrganizationWithTheRolesHeldInIt() {
        JsonNode tesla = get("/api/organizations/tesla").isOk().json();
        assertThat(tesla.path("name").asText()).isEqualTo("Tesla");
        assertThat(at(tesla.path("roleHolders"), "/holder/id")).contains("elon-musk");
    }

    @Test
    void anOrganizationThatRelayedAClaim() {
        JsonNode vice = get("/api/organizations/vice").isOk().json();
        assertThat(vice.at("/counts/relayed").asLong()).isPositive();
        JsonNode said = get("/api/organizations/vice/statements").isOk().json();
        assertThat(said.path("total").asLong()).isEqualTo(vice.at("/counts/said").asLong());
        get("/api/organizations/vice/statements?size=-3").isProblem(400);
    }

    @Test
    void aGroupAndWhatItSaid() {
        JsonNode group = get("/api/groups/politicians-across-europe").isOk().json();
        assertThat(group.path("type").asText()).isEqualTo("group");
        JsonNode said = get("/api/groups/politicians-across-europe/statements").isOk().json();
        assertThat(said.path("total").asLong()).isPositive();
    }

    @Test
    void unknownIdsAndWrongKindsAre404() {
        assertThat(get("/api/people/nobody").isProblem(404).json().path("detail").asText()).contains("nobody");
        get("/api/people/crimea").isProblem(404);
        get("/api/territories/elon-musk").isProblem(404);
        get("/api/organizations/nobody").isProblem(404);
        get("/api/people/nobody/statements").isProblem(404);
        get("/api/territories/nowhere/statements").isProblem(404);
        get("/api/territories/nowhere/positions").isProblem(404);
        get("/api/groups/nobody").isProblem(404);
    }

    @Test
    void unknownPathsAre404ProblemsToo() {
        assertThat(get("/api/nothing-here").isProblem(404).json().path("detail").asText()).contains("swagger-ui");
        get("/api/people").isProblem(404);
    }

    @Test
    void aWrongMethodIs405Problem() {
        var answer = delete("/api/search?q=musk");
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rolesAndAnnexationClaimsCountAndNameTheArticlesThatAssertThem() {
        JsonNode roles = get("/api/people/elon-musk").isOk().json().path("roles");
        assertThat(roles).isNotEmpty().allSatisfy(EntityApiTest::assertedBySeed);
        JsonNode holders = get("/api/organizations/tesla").isOk().json().path("roleHolders");
        assertThat(holders).isNotEmpty().allSatisfy(EntityApiTest::assertedBySeed);
        assertedBySeed(get("/api/territories/crimea").isOk().json().path("annexationClaimedBy").get(0));
        JsonNode claims = get("/api/territories/russia").isOk().json().path("annexationsClaimed");
        assertThat(claims).isNotEmpty().allSatisfy(EntityApiTest::assertedBySeed);
    }

    private static void assertedBySeed(JsonNode fact) {
        assertThat(fact.path("articleCount").asLong()).isEqualTo(1);
        assertThat(fact.path("articles").toString()).isEqualTo("[\"musk-ukraine-peace-plan\"]");
    }
}

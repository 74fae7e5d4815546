package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.saidgraph.query.Page;
import org.saidgraph.query.SearchQueries;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list says whether its {@code total} is exact or stopped at the list's cap (issue 9), over HTTP: exact totals
 * say {@code totalIsLowerBound: false}, a search with more hits than its cap and a speaker with more utterances than
 * {@link Page#COUNT_CAP} or a speaker's statements filtered with more matches than {@link Page#FILTER_COUNT_CAP} say
 * {@code true} with the cap as total, and a list with exactly as many as its cap is exact.
 */
class ListTotalsApiTest extends ApiTestSupport {

    @Test
    void everyListOfTheSeedSaysItsTotalIsExactAndItIs() {
        // Each on a page of the largest size, which holds the whole list on the seed: exact means the items' number.
        for (String path : List.of("/api/people/elon-musk/statements", "/api/people/elon-musk/statements?distinct=true",
                "/api/organizations/vice/statements", "/api/groups/politicians-across-europe/statements",
                "/api/territories/crimea/statements", "/api/territories/crimea/statements?includeParts=true",
                "/api/territories/luhansk/statements?includeWholes=true&position=decide-by-vote",
                "/api/territories/crimea/positions", "/api/territories/crimea/positions?includeWholes=true",
                "/api/statements?speaker=elon-musk&act=denial", "/api/statements?speaker=elon-musk",
                "/api/statements?mentions=crimea", "/api/statements?act=denial", "/api/statements?q=dictator",
                "/api/articles", "/api/search?q=musk", "/api/paths?from=gitanas-nauseda&to=vladimir-putin",
                "/api/utterances/" + get("/api/statements/" + MUSK_DENIAL).isOk().json().at("/utterance/id").asText())) {
            JsonNode answer = get(path + (path.contains("?") ? "&" : "?") + "size=200").isOk().json();
            JsonNode list = path.startsWith("/api/utterances/") ? answer.path("reports") : answer;
            assertThat(list.get("totalIsLowerBound")).as(path).isNotNull();
            assertThat(list.get("totalIsLowerBound").asBoolean()).as(path).isFalse();
            assertThat(list.path("total").asLong()).as(path).isEqualTo(list.path("items").size());
        }
        assertThat(get("/api/people/elon-musk/statements").isOk().json().path("total").asLong()).isEqualTo(8);
        JsonNode search = get("/api/search?q=billionaire").isOk().json();
        assertThat(search.at("/articles/total").asLong()).isEqualTo(1);
        assertThat(search.at("/articles/totalIsLowerBound").isBoolean()).isTrue();
        assertThat(search.at("/articles/totalIsLowerBound").asBoolean()).isFalse();
    }

    @Test
    void aSearchWithMoreHitsThanItsCapSaysItsTotalIsALowerBoundAndOneWithExactlyTheCapDoesNot() {
        int cap = SearchQueries.MAX_HITS;
        write("""
                UNWIND range(1, $n) AS i
                CREATE (:Person:Entity {id: 'totals-quillon-' + i, name: 'Quillon ' + i, nameText: 'quillon ' + i})
                CREATE (:Article {id: 'totals-quillon-' + i, title: 'Quillon ' + i, text: 'Quillon spoke, ' + i + '.'})
                CREATE (:Statement {id: 'totals-quillon-' + i, text: 'Quillon, number ' + i + '.', act: 'statement',
                                    verbatim: false})
                """, Map.of("n", cap + 1));
        try {
            JsonNode more = get("/api/search?q=quillon").isOk().json();
            assertThat(more.path("total").asLong()).isEqualTo(cap);
            assertThat(more.path("totalIsLowerBound").asBoolean()).isTrue();
            assertThat(more.at("/articles/total").asLong()).isEqualTo(cap);
            assertThat(more.at("/articles/totalIsLowerBound").asBoolean()).isTrue();
            JsonNode statements = get("/api/statements?q=quillon").isOk().json();
            assertThat(statements.path("total").asLong()).isEqualTo(cap);
            assertThat(statements.path("totalIsLowerBound").asBoolean()).isTrue();

            write("MATCH (n {id: 'totals-quillon-1'}) DETACH DELETE n", Map.of());
            for (JsonNode exactly : List.of(get("/api/search?q=quillon").isOk().json(),
                    get("/api/search?q=quillon").isOk().json().path("articles"),
                    get("/api/statements?q=quillon").isOk().json())) {
                assertThat(exactly.path("total").asLong()).isEqualTo(cap);
                assertThat(exactly.path("totalIsLowerBound").asBoolean()).isFalse();
            }
        } finally {
            write("MATCH (n) WHERE n.id STARTS WITH 'totals-quillon-' DETACH DELETE n", Map.of());
        }
    }

    @Test
    void aSpeakerWithMoreUtterancesThanTheCountCapSaysTheDistinctTotalIsALowerBound() {
        write("""
                CREATE (:Person:Entity {id: 'totals-orla-venn', name: 'Orla Venn', nameText: 'orla venn'})
                WITH 1 AS one
                UNWIND range(1, $n) AS i
                CREATE (:Utterance {id: 'totals-orla-venn.u' + i, speaker: 'totals-orla-venn',
                                    date: date('2024-01-01') + duration({days: i % 300})})
                """, Map.of("n", Page.COUNT_CAP + 1));
        try {
            JsonNode more = get("/api/people/totals-orla-venn/statements?distinct=true").isOk().json();
            assertThat(more.path("total").asLong()).isEqualTo(Page.COUNT_CAP);
            assertThat(more.path("totalIsLowerBound").asBoolean()).isTrue();

            write("MATCH (u:Utterance {id: 'totals-orla-venn.u1'}) DELETE u", Map.of());
            JsonNode exactly = get("/api/people/totals-orla-venn/statements?distinct=true").isOk().json();
            assertThat(exactly.path("total").asLong()).isEqualTo(Page.COUNT_CAP);
            assertThat(exactly.path("totalIsLowerBound").asBoolean()).isFalse();
        } finally {
            write("MATCH (n) WHERE n.id STARTS WITH 'totals-orla-venn' DETACH DELETE n", Map.of());
        }
    }

    @Test
    void aSpeakerFilteredWithMoreMatchesThanTheFilterCapSaysTheTotalIsALowerBound() {
        write("""
                CREATE (p:Person:Entity {id: 'totals-ivo-marrak', name: 'Ivo Marrak', nameText: 'ivo marrak'})
                WITH p
                UNWIND range(1, $n) AS i
                CREATE (p)-[:SAID]->(:Statement {id: 'totals-ivo-marrak.s' + i, text: 'Claim ' + i + '.', act: 'claim',
                                                 verbatim: false, speaker: 'totals-ivo-marrak',
                                                 sortKey: '1' + right('00000' + i, 5)})
                """, Map.of("n", Page.FILTER_COUNT_CAP + 1));
        try {
            JsonNode more = get("/api/statements?speaker=totals-ivo-marrak&act=claim").isOk().json();
            assertThat(more.path("total").asLong()).isEqualTo(Page.FILTER_COUNT_CAP);
            assertThat(more.path("totalIsLowerBound").asBoolean()).isTrue();
            assertThat(more.path("items").size()).isEqualTo(Page.DEFAULT_SIZE);
            JsonNode alone = get("/api/statements?speaker=totals-ivo-marrak").isOk().json();
            assertThat(alone.path("total").asLong()).isEqualTo(Page.FILTER_COUNT_CAP + 1);
            assertThat(alone.path("totalIsLowerBound").asBoolean()).isFalse();

            write("MATCH (s:Statement {id: 'totals-ivo-marrak.s1'}) DETACH DELETE s", Map.of());
            JsonNode exactly = get("/api/statements?speaker=totals-ivo-marrak&act=claim").isOk().json();
            assertThat(exactly.path("total").asLong()).isEqualTo(Page.FILTER_COUNT_CAP);
            assertThat(exactly.path("totalIsLowerBound").asBoolean()).isFalse();
        } finally {
            write("MATCH (n) WHERE n.id STARTS WITH 'totals-ivo-marrak' DETACH DELETE n", Map.of());
        }
    }

    private void write(String cypher, Map<String, Object> params) {
        try (var session = driver.session(org.neo4j.driver.SessionConfig.forDatabase("neo4j"))) {
            session.run(cypher, params).consume();
        }
    }
}

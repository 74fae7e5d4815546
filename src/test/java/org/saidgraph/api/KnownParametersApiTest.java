package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A query parameter an endpoint does not take is refused by name, never silently ignored. */
class KnownParametersApiTest extends ApiTestSupport {

    @Test
    void aParameterFromAnotherApiIsRefusedWithTheOnesTheEndpointTakes() {
        JsonNode problem = get("/api/statements?limit=5").isProblem(400).json();
        assertThat(problem.path("parameter").asText()).isEqualTo("limit");
        assertThat(problem.path("detail").asText())
                .startsWith("limit: not a parameter of GET /api/statements; it takes ")
                .contains("size").contains("speaker").contains("page");
    }

    @Test
    void aMisspeltFilterIsRefusedInsteadOfAnsweringUnfiltered() {
        assertThat(get("/api/statements?speakers=elon-musk").isProblem(400).json().path("parameter").asText())
                .isEqualTo("speakers");
        assertThat(get("/api/statements?speaker=elon-musk").isOk().json().path("items").size()).isPositive();
    }

    @Test
    void anEndpointWithoutParametersSaysItTakesNone() {
        JsonNode problem = get("/api/people/elon-musk?verbose=true").isProblem(400).json();
        assertThat(problem.path("detail").asText())
                .isEqualTo("verbose: not a parameter of GET /api/people/{id}; it takes none");
    }

    @Test
    void everyDeclaredParameterIsStillTaken() {
        get("/api/statements?speaker=elon-musk&act=denial&page=0&size=5&verbatim=false").isOk();
        get("/api/search?q=musk&page=0&size=3").isOk();
        get("/api/territories/crimea/positions?size=50").isOk();
    }

    @Test
    void anEncodedParameterNameIsReadAsTheServerDecodesIt() {
        get("/api/statements?%73ize=3").isOk();
        assertThat(get("/api/statements?s%C3%AFze=3").isProblem(400).json().path("parameter").asText())
                .isEqualTo("sïze");
    }
}

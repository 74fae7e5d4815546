package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saidgraph.SaidgraphApplication;
import org.saidgraph.graph.DriverReads;
import org.saidgraph.graph.EmbeddedNeo4j;
import org.saidgraph.graph.EmbeddedReads;
import org.saidgraph.graph.Graph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same requests answered the same whichever way the application reads the graph: this application reads its
 * embedded database through the database's Java API ({@link EmbeddedReads}); a second application, configured with
 * that database's Bolt address as its external server ({@code saidgraph.neo4j.uri}), reads the very same data through
 * the driver ({@link DriverReads}). Every read endpoint, errors included, gives the same status and the same JSON.
 */
class ReadPathsApiTest extends ApiTestSupport {

    private static ConfigurableApplicationContext overBolt;
    private static int overBoltPort;

    @Autowired
    Graph graph;

    @Autowired
    EmbeddedNeo4j embedded;

    @Autowired
    org.springframework.context.ApplicationContext app;

    @BeforeEach
    void startTheApplicationThatReadsOverBolt() throws IOException {
        if (overBolt != null) {
            return;
        }
        String password = Files.readString(DATA_DIR.resolve("bolt-password"), StandardCharsets.UTF_8).strip();
        overBolt = new SpringApplicationBuilder(SaidgraphApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1",
                "--saidgraph.neo4j.uri=" + embedded.boltUri(),
                "--saidgraph.neo4j.password=" + password,
                // Nothing to load: it reads what this application loaded.
                "--saidgraph.datasets=" + DATA_DIR.resolve("no-datasets-here"),
                "--spring.main.banner-mode=off");
        overBoltPort = Integer.parseInt(overBolt.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (overBolt != null) {
            overBolt.close();
            overBolt = null;
        }
    }

    @Test
    void theTwoApplicationsReadTheSameDatabaseTheTwoWays() {
        assertThat(graph.reads()).isInstanceOf(EmbeddedReads.class);
        assertThat(overBolt.getBean(Graph.class).reads()).isInstanceOf(DriverReads.class);
        assertThat(overBolt.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
        // Statement cards are kept only over the embedded database, whose commits the application sees all of.
        assertThat(app.getBeanProvider(org.saidgraph.query.StatementCardCache.class).getIfAvailable()).isNotNull();
        assertThat(overBolt.getBeanProvider(org.saidgraph.query.StatementCardCache.class).getIfAvailable()).isNull();
    }

    @Test
    void everyReadEndpointAnswersTheSameJsonOnBothPaths() {
        String organization = driver.executableQuery("MATCH (o:Organization) RETURN o.id AS id ORDER BY id LIMIT 1")
                .execute().records().get(0).get("id").asString();
        String utterance = driver.executableQuery("MATCH (u:Utterance) RETURN u.id AS id ORDER BY id LIMIT 1")
                .execute().records().get(0).get("id").asString();
        List<String> paths = List.of(
                "/api/people/elon-musk", "/api/people/elon-musk/statements?size=50",
                "/api/people/elon-musk/timeline?bucket=day", "/api/people/vladimir-putin/statements?distinct=true",
                "/api/territories/crimea", "/api/territories/crimea/statements",
                "/api/territories/crimea/statements?includeParts=true&firstHand=true",
                "/api/territories/crimea/positions", "/api/territories/ukraine/positions?includeParts=true",
                "/api/territories/ukraine/timeline?includeParts=true",
                "/api/organizations/" + organization, "/api/organizations/" + organization + "/statements",
                "/api/search?q=musk", "/api/search?q=" + enc("nauseda crim"),
                "/api/statements?speaker=elon-musk", "/api/statements?mentions=crimea&verbatim=true",
                "/api/statements?q=" + enc("\"spoken to Putin\""), "/api/statements?article=" + SEED + "&size=200",
                "/api/statements?speaker=elon-musk&act=denial&from=2022-01-01",
                "/api/statements/" + MUSK_DENIAL, "/api/statements/" + MUSK_DENIAL + "/thread",
                "/api/statements/" + BREMMER_CLAIM,
                "/api/paths?from=elon-musk&to=vladimir-putin", "/api/paths?from=gitanas-nauseda&to=crimea&maxHops=4",
                "/api/articles", "/api/articles/" + SEED,
                "/api/graph", "/api/graph?focus=elon-musk&depth=2", "/api/graph?speaker=elon-musk",
                "/api/graph/facets", "/api/utterances/" + utterance,
                "/api/export/cytoscape", "/api/export/jsonld", "/api/export/cytoscape?article=" + SEED,
                // Refusals: the same status and the same problem.
                "/api/people/nobody", "/api/people/crimea", "/api/statements/no-such-statement",
                "/api/statements?speaker=nobody", "/api/statements?q=" + enc("AND OR"),
                "/api/territories/crimea/statements?position=no-such-position",
                "/api/paths?from=elon-musk&to=elon-musk", "/api/graph?focus=nothing-by-this-id");
        List<String> differing = new ArrayList<>();
        int ok = 0;
        for (String path : paths) {
            Answer embeddedAnswer = get(path);
            Answer driverAnswer = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + overBoltPort + path))
                    .GET());
            assertThat(embeddedAnswer.json()).as("JSON from %s", path).isNotNull();
            JsonNode expected = driverAnswer.json();
            if (embeddedAnswer.status() != driverAnswer.status() || !embeddedAnswer.json().equals(expected)) {
                differing.add(path + ": " + embeddedAnswer.status() + " " + embeddedAnswer.text() + " <> "
                        + driverAnswer.status() + " " + driverAnswer.text());
            }
            ok += embeddedAnswer.status() == 200 ? 1 : 0;
        }
        assertThat(differing).isEmpty();
        assertThat(ok).as("answered 200").isGreaterThanOrEqualTo(paths.size() - 8);
    }
}

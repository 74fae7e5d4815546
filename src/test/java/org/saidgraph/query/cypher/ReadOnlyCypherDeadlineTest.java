package org.saidgraph.query.cypher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.saidgraph.graph.Graph;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The deadline of /api/cypher is the application's: a query busy inside one row, which Neo4j cannot stop there, is
 * answered TIMED_OUT at saidgraph.cypher.timeout and its slot is free at once for the next query.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadOnlyCypherDeadlineTest {

    static Neo4j neo4j;
    static Driver driver;
    static ReadOnlyCypher cypher;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().withFunction(SpinFunction.class)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0).build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        Graph graph = new Graph(driver, SessionConfig.forDatabase("neo4j"));
        cypher = new ReadOnlyCypher(graph, new CypherLimits(Duration.ofMillis(1500), 100, DataSize.ofKilobytes(64),
                20_000, 1_000_000, DataSize.ofMegabytes(1), 2, 10_000));
    }

    @AfterAll
    static void stop() {
        cypher.destroy();
        driver.close();
        neo4j.close();
    }

    @Test
    @Order(1)
    void aQueryBusyInsideOneRowIsAnsweredAtTheDeadlineAndFreesItsSlot() throws InterruptedException {
        long started = System.nanoTime();
        CypherRefusal refusal = catchThrowableOfType(() -> cypher.run("RETURN date.spinFor(6000) AS n", Map.of()),
                CypherRefusal.class);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(refusal.reason()).isEqualTo(CypherRefusal.Reason.TIMED_OUT);
        assertThat(ms).as("answered at the 1.5 s deadline, not when the row finished at 6 s").isBetween(1_400L,
                3_000L);
        long next = System.nanoTime();
        assertThat(cypher.run("RETURN 1 AS one", Map.of()).rows()).hasSize(1);
        assertThat((System.nanoTime() - next) / 1_000_000).as("the next query had a slot at once").isLessThan(3_000);
        Thread.sleep(5_000); // the spinning row ends
    }

    @Test
    @Order(2)
    void runawaysPastTheirDeadlineCannotPileUpBeyondTheWorkerPool() throws Exception {
        // 2 slots, 4 workers: each spinning query holds a worker until its row ends, even after its answer.
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<CypherRefusal.Reason>> answers = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 2; i++) {
                    answers.add(clients.submit(() -> reason("RETURN date.spinFor(5000) AS n")));
                }
                Thread.sleep(1_700); // past the deadline: the slots are free, the workers still spin
            }
            List<CypherRefusal.Reason> reasons = new ArrayList<>();
            for (Future<CypherRefusal.Reason> answer : answers) {
                reasons.add(answer.get());
            }
            assertThat(reasons).contains(CypherRefusal.Reason.TIMED_OUT, CypherRefusal.Reason.TOO_MANY_QUERIES)
                    .allMatch(r -> r == CypherRefusal.Reason.TIMED_OUT || r == CypherRefusal.Reason.TOO_MANY_QUERIES);
        } finally {
            clients.shutdownNow();
        }
        Thread.sleep(5_500); // the spinning rows end
        assertThat(cypher.run("RETURN 1 AS one", Map.of()).rows()).hasSize(1);
    }

    private static CypherRefusal.Reason reason(String query) {
        try {
            cypher.run(query, Map.of());
            return null;
        } catch (CypherRefusal e) {
            return e.reason();
        }
    }
}

package org.saidgraph.graph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.NoSuchRecordException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.TransactionTerminatedException;
import org.neo4j.kernel.api.exceptions.Status;
import org.saidgraph.support.ReadPath;
import org.saidgraph.support.TestGraph;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API's two read paths ({@link Reads}) behave alike: the driver's read sessions over Bolt, as to an external
 * server, and the embedded database's Java API, as the application reads its own database. Each test runs on both:
 * the same values, a write refused and nothing written, a timeout stopping the transaction with the database's
 * status, the database's transaction memory limit, a query error as a client error with its status code.
 */
class ReadPathsTest {

    private static final TestGraph neo4j = TestGraph.shared();

    @BeforeAll
    static void probe() {
        neo4j.run("MATCH (p:ReadProbe) DELETE p");
        neo4j.run("CREATE (:ReadProbe {id: 'probe', aliases: ['Ā', 'B'], numbers: [1, 2], "
                + "published: date('2024-01-02')})");
    }

    @AfterAll
    static void clear() {
        neo4j.run("MATCH (p:ReadProbe) DELETE p");
    }

    private static Reads reads(ReadPath path) {
        return neo4j.graph(path).reads();
    }

    @Test
    void theTwoPathsAreTheTwoImplementations() {
        assertThat(reads(ReadPath.DRIVER)).isInstanceOf(DriverReads.class);
        assertThat(reads(ReadPath.EMBEDDED)).isInstanceOf(EmbeddedReads.class);
    }

    @Test
    void everyKindOfValueReadsTheSameOnBothPaths() {
        Map<String, Object> params = Map.of("id", "probe", "list", List.of("p", 3L), "date", LocalDate.of(2020, 1, 31));
        Value driver = reads(ReadPath.DRIVER).single("test/every-kind-of-value", params);
        Value embedded = reads(ReadPath.EMBEDDED).single("test/every-kind-of-value", params);

        assertThat(embedded.keys()).containsExactlyInAnyOrderElementsOf(driver.keys());
        for (String key : driver.keys()) {
            assertThat(embedded.get(key)).as(key).isEqualTo(driver.get(key));
            assertThat(embedded.get(key).type()).as(key).isEqualTo(driver.get(key).type());
        }
        assertThat(embedded.get("stringArray").asList(Value::asString)).containsExactly("Ā", "B");
        assertThat(embedded.get("dateParameter").asLocalDate()).isEqualTo(LocalDate.of(2020, 1, 31));
        assertThat(embedded.get("missing").isNull()).isTrue(); // a column the query does not return reads as null
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void aWriteInAReadTransactionIsRefusedAndWritesNothing(ReadPath path) {
        assertThatThrownBy(() -> reads(path).rows("test/write-attempt", Map.of("id", "written")))
                .isInstanceOf(ClientException.class);

        assertThat(neo4j.count("(:ReadProbe {id: 'written'})")).isZero();
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void aTimeoutStopsTheTransactionWithTheDatabasesTimedOutStatus(ReadPath path) {
        long started = System.nanoTime();
        assertThatThrownBy(() -> reads(path).read(Duration.ofMillis(300), tx -> tx.rows("test/slow-count", Map.of())))
                .isInstanceOfSatisfying(Neo4jException.class,
                        e -> assertThat(e.code()).contains("TransactionTimedOut"));
        // The database looks for transactions past their deadline every 2 s (db.transaction.monitor.check.interval).
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void aQueryErrorIsAClientErrorWithTheDatabasesStatusCode(ReadPath path) {
        assertThatThrownBy(() -> reads(path).rows("test/syntax-error", Map.of()))
                .isInstanceOfSatisfying(ClientException.class,
                        e -> assertThat(e.code()).isEqualTo("Neo.ClientError.Statement.SyntaxError"));
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void singleRefusesAQueryWithoutExactlyOneRow(ReadPath path) {
        assertThatThrownBy(() -> reads(path).single("query/entity", Map.of("id", "nobody", "label", "Person")))
                .isInstanceOf(NoSuchRecordException.class);
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void aStreamHandsOnEveryRowOnce(ReadPath path) {
        AtomicInteger rows = new AtomicInteger();
        reads(path).stream("query/export-nodes", Map.of(), row -> {
            assertThat(row.get("key").asString()).isNotBlank();
            rows.incrementAndGet();
        });
        assertThat(rows.get()).isEqualTo(neo4j.count("(n)"));
    }

    @Test
    void theTransactionMemoryLimitStopsAReadAlikeOnBothPaths() {
        // Transient for the database: retried (here for 1 s), then the API's 503 with Retry-After on both paths.
        try (TestGraph small = TestGraph.start(Map.of(GraphDatabaseSettings.memory_transaction_max_size,
                10L * 1024 * 1024), Duration.ofSeconds(1))) {
            Neo4jException overDriver = catchNeo4j(() -> small.graph(ReadPath.DRIVER).reads()
                    .rows("test/memory-hungry", Map.of()));
            Neo4jException embedded = catchNeo4j(() -> small.graph(ReadPath.EMBEDDED).reads()
                    .rows("test/memory-hungry", Map.of()));

            assertThat(overDriver).isInstanceOf(TransientException.class);
            assertThat(overDriver.code()).contains("MemoryPoolOutOfMemory");
            assertThat(embedded.code()).isEqualTo(overDriver.code());
            assertThat(embedded).isExactlyInstanceOf(overDriver.getClass());
        }
    }

    private static Neo4jException catchNeo4j(Runnable read) {
        try {
            read.run();
        } catch (Neo4jException e) {
            return e;
        }
        throw new AssertionError("the read was not stopped");
    }

    @Test
    void theDatabasesFailuresBecomeTheDriversExceptionsForTheirStatus() {
        assertThat(EmbeddedReads.translate(new TransactionTerminatedException(Status.Transaction.TransactionTimedOut)))
                .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code())
                        .isEqualTo("Neo.ClientError.Transaction.TransactionTimedOut"));
        // A database shutting down is unavailable for a moment: transient, answered 503 with Retry-After.
        assertThat(EmbeddedReads.translate(new DatabaseShutdownException()))
                .isInstanceOf(TransientException.class);
        // A transaction terminated by someone is not worth retrying, as the driver decides too.
        assertThat(EmbeddedReads.translate(new TransactionTerminatedException(Status.Transaction.Terminated)))
                .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code())
                        .isEqualTo("Neo.ClientError.Transaction.Terminated"));
        assertThat(EmbeddedReads.translate(new QueryExecutionException("broken", null,
                "Neo.DatabaseError.General.UnknownError"))).isInstanceOf(DatabaseException.class);
        IllegalStateException notTheDatabases = new IllegalStateException("a bug");
        assertThat(EmbeddedReads.translate(notTheDatabases)).isSameAs(notTheDatabases);
    }
}

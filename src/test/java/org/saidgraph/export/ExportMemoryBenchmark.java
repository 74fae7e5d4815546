package org.saidgraph.export;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.saidgraph.graph.Graph;
import org.saidgraph.query.GraphExportSource;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Measures the exports' memory on a large graph (scripts/measure-export-memory.sh runs it): an in-process Neo4j like
 * the main job's, filled with STATEMENTS generated statements (default 1,000,000), each said by one of 2,000 speakers,
 * sourced from one of 20,000 articles and mentioning one of 200 territories with a position; then every format is
 * written to a stream that only counts bytes. Prints, per format, the time, the size and the most heap found live
 * after a garbage collection while it ran (the JVM's whole heap: the database's share included). Run it with a small
 * -Xmx: an export that held the graph in memory would fail with OutOfMemoryError.
 */
public final class ExportMemoryBenchmark {

    public static void main(String[] args) throws Exception {
        long statements = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        try (Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0).build();
             Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none())) {
            Graph graph = new Graph(driver, SessionConfig.forDatabase("neo4j"));
            graph.applySchema();
            long start = System.nanoTime();
            generate(driver, statements);
            System.out.printf("generated %,d statements in %.0f s; heap max %d MB%n", statements,
                    (System.nanoTime() - start) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
            resetPeaks();
            System.gc();
            Thread.sleep(1000); // the collector's notification arrives on a thread of its own
            System.out.printf("heap live after a GC before exporting (the database's own): %d MB%n", livePeak() >> 20);
            for (ExportFormat format : ExportFormat.values()) {
                System.gc();
                Thread.sleep(1000);
                resetPeaks();
                long t0 = System.nanoTime();
                CountingStream out = new CountingStream();
                Exporter.write(format, new GraphExportSource(graph, null), out);
                System.gc();
                Thread.sleep(1000);
                System.out.printf("%-9s %,15d bytes in %5.0f s; most heap live after a GC: %d MB%n", format.name,
                        out.count, (System.nanoTime() - t0) / 1e9, livePeak() >> 20);
            }
        }
    }

    private static void generate(Driver driver, long statements) {
        try (Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            session.run("""
                    UNWIND range(0, 1999) AS i
                    CREATE (:Entity:Person {id: 'speaker-' + i, name: 'Speaker ' + i, aliases: ['S' + i],
                            confidence: 1.0})""").consume();
            session.run("""
                    UNWIND range(0, 199) AS i
                    CREATE (:Entity:Territory {id: 'territory-' + i, name: 'Territory ' + i, aliases: [],
                            kind: 'region', confidence: 1.0})""").consume();
            session.run("""
                    UNWIND range(0, 19999) AS i
                    CREATE (:Article {id: 'article-' + i, title: 'Article ' + i, text: 'Text of article ' + i,
                            published: date('2022-01-01') + duration({days: i % 900}), origin: 'curated'})""")
                    .consume();
            session.run("""
                    UNWIND range(0, $n - 1) AS i
                    CALL (i) {
                      MATCH (p:Person {id: 'speaker-' + (i % 2000)})
                      MATCH (a:Article {id: 'article-' + (i % 20000)})
                      MATCH (t:Territory {id: 'territory-' + (i % 200)})
                      CREATE (s:Statement {id: a.id + '.s' + i, text: 'Statement number ' + i + ' about ' + t.name,
                              verbatim: i % 3 = 0, act: 'claim', confidence: 0.9, origin: 'extracted',
                              date: date('2022-01-01') + duration({days: i % 900})})
                      CREATE (p)-[:SAID]->(s)
                      CREATE (s)-[:SOURCED_FROM {start: 0, end: 10}]->(a)
                      CREATE (s)-[:MENTIONS {position: 'position-' + (i % 4)}]->(t)
                    } IN TRANSACTIONS OF 5000 ROWS""", Map.of("n", statements)).consume();
        }
    }

    /** The most heap in use right after any garbage collection since the last reset (from the GC notifications). */
    private static final java.util.concurrent.atomic.AtomicLong LIVE_PEAK = new java.util.concurrent.atomic.AtomicLong();

    static {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(
                        com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                            (javax.management.openmbean.CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                    LIVE_PEAK.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private static void resetPeaks() {
        LIVE_PEAK.set(0);
    }

    private static long livePeak() {
        return LIVE_PEAK.get();
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}

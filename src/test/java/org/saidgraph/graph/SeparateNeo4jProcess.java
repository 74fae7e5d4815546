package org.saidgraph.graph;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Neo4j server in a process of its own, on a given port over a given directory, so that a test can stop it (as an
 * outage would: {@code kill -9}) and start it again over the same data. {@link #main} is the child; the rest
 * starts and stops it from the test.
 */
final class SeparateNeo4jProcess implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Path log;
    private Process process;

    SeparateNeo4jProcess(Path dir, Path log) throws IOException {
        this.dir = dir;
        this.log = log;
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
    }

    String uri() {
        return "bolt://127.0.0.1:" + port;
    }

    /** Starts the child and waits until it says it listens. */
    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), SeparateNeo4jProcess.class.getName(),
                dir.toString(), String.valueOf(port)));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos(); // seconds alone; minutes on a loaded machine
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Neo4j process stopped: " + java.nio.file.Files.readString(log));
            }
            try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the Neo4j process did not listen within 2 minutes");
    }

    /** Kills the child at once, as a crash or a pulled cable would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    /** The child: a Neo4j over args[0] with Bolt on 127.0.0.1:args[1], authentication off, until it is killed. */
    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[1]);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(Path.of(args[0]))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("64m"))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        System.out.println("listening on " + port);
        Thread.currentThread().join();
    }
}

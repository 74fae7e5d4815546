package org.saidgraph.bench;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.saidgraph.graph.EmbeddedNeo4j;
import org.saidgraph.graph.Graph;
import org.saidgraph.graph.GraphProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh embedded database for one benchmark run, configured as the application's own (EmbeddedNeo4j), with the
 * saidgraph schema applied; on close it is stopped, measured on disk and deleted (unless kept).
 */
final class BenchDatabase implements AutoCloseable {

    private final Path directory;
    private final EmbeddedNeo4j neo4j;
    private final Driver driver;
    private final Graph graph;
    private long bytes = -1;
    private boolean keep;

    private BenchDatabase(Path directory, EmbeddedNeo4j neo4j) {
        this.directory = directory;
        this.neo4j = neo4j;
        this.driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
        this.graph = new Graph(driver, SessionConfig.forDatabase("neo4j"));
        graph.applySchema();
    }

    static BenchDatabase fresh(Path parent, String name, GraphProperties.Embedded limits) {
        try {
            Files.createDirectories(parent);
            Path directory = Files.createTempDirectory(parent, name + "-");
            return new BenchDatabase(directory, EmbeddedNeo4j.start(directory, 0, limits));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh database in {@code directory}, which is emptied first: a directory of the benchmark's own work
     * ({@link BenchCorpus#graphDirectory}), never one given by hand.
     */
    static BenchDatabase at(Path directory, GraphProperties.Embedded limits) {
        delete(directory);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchDatabase(directory, EmbeddedNeo4j.start(directory, 0, limits));
    }

    Graph graph() {
        return graph;
    }

    Driver driver() {
        return driver;
    }

    EmbeddedNeo4j neo4j() {
        return neo4j;
    }

    /** Keeps the database's directory when it is closed (to profile queries over it afterwards). */
    void keep() {
        keep = true;
    }

    Path directory() {
        return directory;
    }

    /** Bytes the database took on disk, known once it is closed. */
    long bytes() {
        return bytes;
    }

    @Override
    public void close() {
        driver.close();
        neo4j.close();
        bytes = sizeOf(directory);
        if (!keep) {
            delete(directory);
        }
    }

    static long sizeOf(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.saidgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project's Cypher, read from the {@code .cypher} files under {@code cypher/} (packaged into the jar), so that
 * every query can be read, reviewed and run on its own in Neo4j Browser with the same parameters.
 */
public final class Cypher {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Cypher() {
    }

    /** The query in {@code cypher/<name>.cypher}, such as {@code load/merge-statements}. */
    public static String query(String name) {
        return CACHE.computeIfAbsent(name, Cypher::read);
    }

    /**
     * The statements of a script file, split at semicolons that end a line; comment lines ({@code //}) are dropped.
     */
    public static List<String> script(String name) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : read(name).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String name) {
        String resource = "/cypher/" + name + ".cypher";
        try (InputStream in = Cypher.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no Cypher file " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

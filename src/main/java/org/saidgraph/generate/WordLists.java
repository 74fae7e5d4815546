package org.saidgraph.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the word lists under {@code src/main/resources/generate/}: one item a line, {@code #} starts a comment. */
final class WordLists {

    private WordLists() {
    }

    static List<String> lines(String name) {
        String resource = "/generate/" + name;
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the classpath: " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a tab-separated list, each with exactly {@code columns} fields. */
    static List<List<String>> rows(String name, int columns) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines(name)) {
            List<String> fields = Arrays.asList(line.split("\t", -1));
            if (fields.size() != columns) {
                throw new IllegalStateException("generate/" + name + ": " + columns + " tab-separated fields expected, "
                        + fields.size() + " in: " + line);
            }
            rows.add(List.copyOf(fields));
        }
        return List.copyOf(rows);
    }
}

package org.saidgraph.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How explanations speak of each act ({@code query/act-words.tsv}): the verb of "Elon Musk denied" and the noun of
 * "Elon Musk's denial". An act the file does not know is spoken of as a plain statement.
 */
final class ActWords {

    private static final ActWords SHIPPED = read("/query/act-words.tsv");

    private final Map<String, String[]> words;

    private ActWords(Map<String, String[]> words) {
        this.words = words;
    }

    static ActWords shipped() {
        return SHIPPED;
    }

    String verb(String act) {
        return words.getOrDefault(act, words.get("statement"))[0];
    }

    String noun(String act) {
        return words.getOrDefault(act, words.get("statement"))[1];
    }

    Set<String> acts() {
        return words.keySet();
    }

    private static ActWords read(String resource) {
        Map<String, String[]> words = new HashMap<>();
        try (InputStream in = ActWords.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                words.put(cells[0], new String[]{cells[1], cells[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ActWords(Map.copyOf(words));
    }
}

package org.saidgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements of one batch that share a linking key with a statement of the same batch: what the full-text index
 * would answer for {@link LinkKeys#query} if it held only these statements. An inverted index over their stored
 * keys, so that a batch of thousands of statements costs one pass, not one comparison per pair.
 */
public final class KeyMatcher {

    /** Statement ids by each key they are stored under. */
    private final Map<String, List<String>> byKey = new HashMap<>();
    private final Map<String, Set<String>> keysOf = new HashMap<>();

    /** @param stored each statement's id and its stored keys ({@link LinkKeys#stored}, separated by spaces) */
    public KeyMatcher(Map<String, String> stored) {
        stored.forEach((id, keys) -> {
            Set<String> set = new LinkedHashSet<>(List.of(keys.isEmpty() ? new String[0] : keys.split(" ")));
            keysOf.put(id, set);
            for (String key : set) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
            }
        });
    }

    /**
     * The ids of the statements, other than {@code id}, whose stored keys hold every key of one of the clauses
     * ({@link LinkKeys#clauses}), in the order first found.
     */
    public List<String> matches(String id, List<List<String>> clauses) {
        Set<String> found = new LinkedHashSet<>();
        for (List<String> clause : clauses) {
            for (String candidate : byKey.getOrDefault(clause.get(0), List.of())) {
                if (!candidate.equals(id) && keysOf.get(candidate).containsAll(clause)) {
                    found.add(candidate);
                }
            }
        }
        return new ArrayList<>(found);
    }
}

package org.saidgraph.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * A small dataset written for the tests: an article in which Musk (as the seed names him, with an alias of its own)
 * says hello to Kyiv, in one verbatim statement that mentions it.
 */
public final class SmallArticle {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SmallArticle() {
    }

    /** The dataset with article id {@code id}, as a mutable JSON tree. */
    public static ObjectNode json(String id) {
        String text = "The billionaire said on Monday that he would visit Kyiv. \"Hello, Kyiv,\" Musk wrote.";
        return MAPPER.valueToTree(Map.of(
                "formatVersion", 1,
                "origin", "curated",
                "article", Map.of("id", id, "title", "A second article", "text", text),
                "entities", List.of(
                        Map.of("type", "person", "id", "elon-musk", "name", "Elon Musk",
                                "aliases", List.of("the billionaire")),
                        Map.of("type", "territory", "id", "kyiv", "name", "Kyiv", "kind", "city")),
                "statements", List.of(Map.of(
                        "id", id + ".musk-says-hello",
                        "text", "Hello, Kyiv,",
                        "verbatim", true,
                        "act", "statement",
                        "speaker", "elon-musk",
                        "span", Map.of("start", text.indexOf("Hello"), "end", text.indexOf("Hello") + 12),
                        "mentions", List.of(Map.of("entity", "kyiv"))))));
    }

    /** The entity with this id in a dataset's JSON. */
    public static ObjectNode entity(ObjectNode dataset, String id) {
        for (var e : dataset.withArray("entities")) {
            if (e.get("id").asText().equals(id)) {
                return (ObjectNode) e;
            }
        }
        throw new IllegalArgumentException("no entity " + id);
    }
}

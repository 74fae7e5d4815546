package org.saidgraph.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The curated seed dataset, as tests start from it. */
public final class Seed {

    public static final Path DATASET = Path.of("data/articles/musk-ukraine-peace-plan.json");
    public static final Path ARTICLE_TEXT = Path.of("../shared/articles/musk-ukraine-peace-plan.txt");
    public static final String ARTICLE_ID = "musk-ukraine-peace-plan";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Seed() {
    }

    /** A fresh, mutable copy of the seed dataset's JSON, for tests that edit or break it. */
    public static ObjectNode json() {
        try {
            return (ObjectNode) MAPPER.readTree(DATASET.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of the statement whose id ends with {@code .slug}. */
    public static int statementIndex(JsonNode dataset, String slug) {
        JsonNode statements = dataset.get("statements");
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).get("id").asText().equals(ARTICLE_ID + "." + slug)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no statement " + slug + " in the seed");
    }

    /**
     * Makes the seed's statement at {@code index} (musk-denial-tweet, "No, it is not. I have spoken to Putin …
     * The subject matter was space.") a verbatim statement in two parts, "No, it is not." and "The subject matter was
     * space.", with its text the parts joined by " … ". Returns the edited statement.
     */
    public static ObjectNode splitDenialTweet(ObjectNode dataset, int index) {
        ObjectNode statement = (ObjectNode) dataset.withArray("statements").get(index);
        int start = statement.get("span").get("start").asInt();
        int end = statement.get("span").get("end").asInt();
        String words = statement.get("text").asText();
        int second = start + words.indexOf("The subject");
        var parts = statement.putArray("parts");
        parts.addObject().put("start", start).put("end", start + "No, it is not.".length());
        parts.addObject().put("start", second).put("end", end);
        statement.put("text", DENIAL_IN_PARTS);
        return statement;
    }

    /** The text of the seed's musk-denial-tweet made a statement in parts by {@link #splitDenialTweet}. */
    public static final String DENIAL_IN_PARTS = "No, it is not. \u2026 The subject matter was space.";
}

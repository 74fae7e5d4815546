package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One shortest connection between two entities: its steps, each explained in words, the whole explained in one
 * sentence, and the source passages of the statements it goes through.
 */
public record PathView(int length, String explanation, List<Step> steps, List<StatementView> statements) {

    /** One relationship of the path, read in the direction of travel. */
    public record Step(Item from, String relationship, boolean forward, Item to, String words) {
    }

    /** A node on the path: an entity (name, type) or a statement (text). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String id, String type, String name, String text) {

        String words() {
            return name != null ? name : "“" + text + "”";
        }
    }
}

package org.saidgraph.dataset;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of entity, with the graph label each becomes. */
public enum EntityType {
    PERSON("person", "Person"),
    ORGANIZATION("organization", "Organization"),
    TERRITORY("territory", "Territory"),
    GROUP("group", "Group");

    private final String json;
    private final String label;

    EntityType(String json, String label) {
        this.json = json;
        this.label = label;
    }

    @JsonValue
    public String json() {
        return json;
    }

    public String label() {
        return label;
    }
}

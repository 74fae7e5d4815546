package org.saidgraph.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One article with the entities it names and the statements it reports: the unit that is reviewed, validated and
 * loaded as a whole. Its shape is published as {@code data/schema/dataset.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"$schema", "formatVersion", "origin", "notes", "article", "entities", "statements"})
public record Dataset(
        @JsonProperty("$schema") String schema,
        int formatVersion,
        String origin,
        // What a reader should know about the dataset as a source (not loaded into the graph).
        String notes,
        Article article,
        // Always written, even when empty: the schema requires both, and an article may name no one.
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Entity> entities,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Statement> statements) {

    public static final int FORMAT_VERSION = 1;
    public static final String CURATED = "curated";
    public static final String EXTRACTED = "extracted";
    /** Synthetic: written by the corpus generator ({@code saidgraph generate}) for tests and benchmarks. */
    public static final String GENERATED = "generated";

    public Dataset {
        entities = entities == null ? List.of() : List.copyOf(entities);
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    /** A dataset without notes, as extraction writes it. */
    public Dataset(String schema, int formatVersion, String origin, Article article, List<Entity> entities,
                   List<Statement> statements) {
        this(schema, formatVersion, origin, null, article, entities, statements);
    }
}

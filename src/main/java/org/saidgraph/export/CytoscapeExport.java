package org.saidgraph.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The whole graph as Cytoscape.js JSON ({@code cy.json()}'s shape, which Cytoscape desktop imports as "Cytoscape.js
 * JSON"): {@code elements.nodes} and {@code elements.edges}, each element's {@code data} as {@link CytoscapeData} makes
 * it, with every property.
 */
final class CytoscapeExport {

    private CytoscapeExport() {
    }

    static void write(GraphSource source, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format_version", "1.0");
            json.writeStringField("generated_by", "saidgraph");
            json.writeStringField("target_cytoscapejs_version", "~3");
            json.writeObjectFieldStart("data");
            json.writeStringField("name", "saidgraph");
            json.writeEndObject();
            json.writeObjectFieldStart("elements");
            json.writeArrayFieldStart("nodes");
            source.nodes(n -> element(json, CytoscapeData.node(n.key(), n.labels(), n.properties())));
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            source.relationships(r -> element(json, CytoscapeData.edge(r.start(), r.type(), r.end(),
                    r.properties())));
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void element(JsonGenerator json, Map<String, Object> data) {
        try {
            json.writeStartObject();
            json.writeFieldName("data");
            JsonValues.write(json, data);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

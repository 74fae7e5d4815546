package org.saidgraph.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph as JSON-LD with schema.org types: {@code Person}, {@code Organization}, {@code Place} for territories,
 * {@code NewsArticle}, {@code Quotation} for a verbatim statement and {@code Claim} for the others, with
 * {@code creator} (and {@code spokenByCharacter} for a quotation), {@code isBasedOn} (the article, with the span),
 * {@code about} (what a statement mentions) and Wikidata ids as {@code sameAs}. saidgraph's own relations (replies,
 * denials, relays, positions, roles, annexation claims) are terms of its own context, published by the application at
 * {@code /ns/saidgraph.jsonld}; the export carries that context inline so that it expands without a network.
 * <p>
 * Streaming: {@code @graph} holds one object per node, then one per relationship, each naming its subject by
 * {@code @id}; a JSON-LD processor merges the objects with the same {@code @id} (flattening, or conversion to RDF).
 * Node ids are {@code urn:saidgraph:} + the element key ({@code urn:saidgraph:elon-musk},
 * {@code urn:saidgraph:article:ID}).
 */
final class JsonLdExport {

    static final String CONTEXT_RESOURCE = "/static/ns/saidgraph.jsonld";
    static final String IRI = "urn:saidgraph:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLdExport() {
    }

    /** The published context document ({@code {"@context": {...}}}). */
    static JsonNode context() {
        try (InputStream in = JsonLdExport.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + CONTEXT_RESOURCE + " on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(GraphSource source, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setCodec(JSON);
            json.writeStartObject();
            json.writeFieldName("@context");
            json.writeTree(context().get("@context"));
            json.writeArrayFieldStart("@graph");
            source.nodes(n -> entry(json, node(n)));
            source.relationships(r -> entry(json, relationship(r)));
            json.writeEndArray();
            json.writeEndObject();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void entry(JsonGenerator json, Map<String, Object> object) {
        try {
            JsonValues.write(json, object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String iri(String key) {
        return IRI + key;
    }

    static Map<String, Object> node(ExportNode n) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@id", iri(n.key()));
        String type = CytoscapeData.type(n.labels());
        o.put("@type", switch (type) {
            case "person" -> "Person";
            case "organization" -> "Organization";
            case "territory" -> "Place";
            case "group" -> "Group";
            case "article" -> "NewsArticle";
            case "statement" -> Boolean.TRUE.equals(n.properties().get("verbatim")) ? "Quotation" : "Claim";
            default -> "sg:" + type;
        });
        o.put("labels", n.labels());
        for (Map.Entry<String, Object> p : n.properties().entrySet()) {
            Object value = p.getValue() instanceof java.time.temporal.TemporalAccessor ? p.getValue().toString()
                    : p.getValue();
            switch (p.getKey()) {
                case "id" -> o.put("identifier", value);
                case "aliases" -> o.put("alternateName", value);
                case "wikidata" -> {
                    o.put("sameAs", "http://www.wikidata.org/entity/" + value);
                    o.put("wikidata", value);
                }
                case "title" -> o.put(type.equals("article") ? "headline" : "title", value);
                case "text" -> o.put(type.equals("article") ? "articleBody" : "text", value);
                case "published" -> o.put(type.equals("article") ? "datePublished" : "published", value);
                case "date" -> o.put(type.equals("statement") ? "dateCreated" : "date", value);
                case "publisher" -> o.put("publisher", Map.of("@type", "Organization", "name", value));
                default -> o.put(p.getKey(), value);
            }
        }
        return o;
    }

    static Map<String, Object> relationship(ExportRelationship r) {
        Map<String, Object> o = new LinkedHashMap<>();
        Map<String, Object> props = r.properties();
        Map<String, Object> end = Map.of("@id", iri(r.end()));
        switch (r.type()) {
            case "SAID" -> {
                o.put("@id", iri(r.end()));
                o.put("creator", iri(r.start()));
                if (Boolean.TRUE.equals(r.endVerbatim())) {
                    o.put("spokenByCharacter", iri(r.start()));
                }
            }
            case "SOURCED_FROM" -> {
                o.put("@id", iri(r.start()));
                o.put("isBasedOn", iri(r.end()));
                o.put("sourceStart", props.get("start"));
                o.put("sourceEnd", props.get("end"));
            }
            case "MENTIONS" -> {
                o.put("@id", iri(r.start()));
                o.put("about", iri(r.end()));
                if (props.get("position") != null) {
                    o.put("stance", List.of(Map.of("@type", "Stance", "onEntity", iri(r.end()),
                            "position", props.get("position"))));
                }
            }
            case "RESPONDS_TO" -> link(o, r, "respondsTo");
            case "DENIES" -> link(o, r, "denies");
            case "REPORTS" -> link(o, r, "reports");
            case "ADDRESSED_TO" -> link(o, r, "addressedTo");
            case "REPORTED_BY" -> {
                o.put("@id", iri(r.start()));
                o.put("reportedBy", List.of(with(Map.of("@type", "Relay", "relayer", iri(r.end())), props)));
            }
            case "NAMES" -> {
                o.put("@id", iri(r.start()));
                o.put("mentions", iri(r.end()));
                o.put("names", List.of(with(Map.of("@type", "Naming", "entity", iri(r.end())), props)));
            }
            case "HOLDS_ROLE" -> {
                o.put("@id", iri(r.start()));
                o.put("holdsRole", List.of(with(Map.of("@type", "RoleHolding", "of", iri(r.end())), props)));
            }
            case "PART_OF" -> {
                o.put("@id", iri(r.start()));
                o.put("containedInPlace", iri(r.end()));
                o.put("partOf", List.of(with(Map.of("@type", "PartOf", "parent", iri(r.end())), props)));
            }
            case "ANNEXATION_CLAIMED_BY" -> {
                o.put("@id", iri(r.start()));
                o.put("annexationClaimedBy", List.of(with(Map.of("@type", "AnnexationClaim", "by", iri(r.end())),
                        props)));
            }
            default -> {
                o.put("@id", iri(r.start()));
                o.put("relationship", List.of(with(Map.of("@type", "Relationship", "relationshipType", r.type(),
                        "target", end.get("@id")), props)));
            }
        }
        return o;
    }

    private static void link(Map<String, Object> o, ExportRelationship r, String term) {
        o.put("@id", iri(r.start()));
        o.put(term, iri(r.end()));
    }

    /** A relationship's own properties on the object that stands for it; {@code articles} name the asserting ones. */
    private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> props) {
        Map<String, Object> o = new LinkedHashMap<>(base);
        props.forEach((k, v) -> {
            if (k.equals("articles") && v instanceof List<?> ids) {
                o.put("assertedBy", ids.stream().map(id -> iri("article:" + id)).toList());
            } else {
                o.put(k, v instanceof java.time.temporal.TemporalAccessor ? v.toString() : v);
            }
        });
        return o;
    }
}

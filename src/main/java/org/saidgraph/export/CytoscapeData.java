package org.saidgraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a node and a relationship of the graph look as Cytoscape.js element data: {@code id}, {@code label} and
 * {@code type} first, then every property. Shared by the explorer's {@code /api/graph} and the Cytoscape JSON export,
 * so that a view saved from the page and the whole graph exported are the same kind of document.
 */
public final class CytoscapeData {

    /** The labels whose lower-case name is a node's {@code type}, most specific first. */
    private static final List<String> TYPES = List.of("Person", "Organization", "Territory", "Group", "Statement",
            "Article", "Stance");
    private static final int LABEL_LENGTH = 60;

    private CytoscapeData() {
    }

    /** The node's type: person, organization, territory, group, statement, article, stance (or its first label). */
    public static String type(List<String> labels) {
        return TYPES.stream().filter(labels::contains).findFirst()
                .orElse(labels.isEmpty() ? "node" : labels.get(0)).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Node data. {@code ref} is the node's own {@code id} (the one the read API takes), {@code labels} all its labels.
     * The label is the name, an article's title, or the start of a statement's text: never in quotation marks, since
     * only a verbatim statement may be quoted and the page adds the marks itself.
     */
    public static Map<String, Object> node(String key, List<String> labels, Map<String, Object> properties) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", key);
        data.put("label", label(key, properties));
        data.put("type", type(labels));
        data.put("labels", labels);
        properties.forEach((name, value) -> data.put(name.equals("id") ? "ref" : name, value));
        return data;
    }

    /** Relationship data; {@code id} is made of its ends, type and the property that tells two of one kind apart. */
    public static Map<String, Object> edge(String source, String type, String target, Map<String, Object> properties) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", edgeKey(source, type, target, properties));
        data.put("source", source);
        data.put("target", target);
        data.put("type", type);
        data.put("label", edgeLabel(type, properties));
        properties.forEach(data::putIfAbsent);
        return data;
    }

    static String edgeKey(String source, String type, String target, Map<String, Object> properties) {
        String key = source + " " + type + " " + target;
        // A person may hold two roles at one organization, a statement be relayed by one person at two hops.
        Object tell = properties.containsKey("title") ? properties.get("title") : properties.get("hop");
        return tell == null ? key : key + " " + tell;
    }

    /** MENTIONS shows the position it records, HOLDS_ROLE the title, REPORTED_BY the hop. */
    static String edgeLabel(String type, Map<String, Object> properties) {
        Object detail = switch (type) {
            case "MENTIONS" -> properties.get("position");
            case "HOLDS_ROLE" -> properties.get("title");
            case "REPORTED_BY" -> properties.get("hop") == null ? null : "hop " + properties.get("hop");
            default -> null;
        };
        return detail == null ? type : type + ": " + detail;
    }

    private static String label(String key, Map<String, Object> properties) {
        // A stance is named by the position it groups ("decide by vote"); it sits beside its territory (ON).
        if (key.startsWith("stance:") && properties.get("position") instanceof String position) {
            return "stance: " + position.replace('-', ' ');
        }
        for (String name : List.of("name", "title", "text")) {
            if (properties.get(name) instanceof String s && !s.isBlank()) {
                return shorten(s);
            }
        }
        return key;
    }

    static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= LABEL_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', LABEL_LENGTH);
        return flat.substring(0, cut > LABEL_LENGTH / 2 ? cut : LABEL_LENGTH) + "…";
    }
}

package org.saidgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The export formats, each with the file name and media type it is served as. */
public enum ExportFormat {
    GRAPHML("graphml", "saidgraph.graphml", "application/graphml+xml"),
    CYTOSCAPE("cytoscape", "saidgraph.cyjs.json", "application/json"),
    CSV("csv", "saidgraph-neo4j-import.zip", "application/zip"),
    JSONLD("jsonld", "saidgraph.jsonld", "application/ld+json");

    public final String name;
    public final String fileName;
    public final String mediaType;

    ExportFormat(String name, String fileName, String mediaType) {
        this.name = name;
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.name).toList());
    }
}

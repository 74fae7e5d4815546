package org.saidgraph.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes the graph a {@link GraphSource} reads in one of the {@link ExportFormat}s, streaming. */
public final class Exporter {

    private Exporter() {
    }

    public static void write(ExportFormat format, GraphSource source, OutputStream out) throws IOException {
        switch (format) {
            case GRAPHML -> GraphmlExport.write(source, out);
            case CYTOSCAPE -> CytoscapeExport.write(source, out);
            case CSV -> CsvExport.writeZip(source, out);
            case JSONLD -> JsonLdExport.write(source, out);
        }
    }
}

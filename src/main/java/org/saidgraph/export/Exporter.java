package org.saidgraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the graph a {@link GraphSource} reads in one of the {@link ExportFormat}s, streaming. */
public final class Exporter {

    private Exporter() {
    }

    public static void write(ExportFormat format, GraphSource source, OutputStream out) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        switch (format) {
            case GRAPHML -> GraphmlExport.write(source, buffered);
            case CYTOSCAPE -> CytoscapeExport.write(source, buffered);
            case CSV -> CsvExport.writeZip(source, buffered);
            case JSONLD -> JsonLdExport.write(source, buffered);
        }
        buffered.flush();
    }
}

package org.saidgraph.export;

import com.fasterxml.jackson.databind.ObjectMapper;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The graph as GraphML (Gephi, yEd, NetworkX, igraph). Every property key is declared with a typed {@code <key>}
 * ({@code n_} prefix for nodes, {@code e_} for edges). A node also has {@code labels} (its Neo4j labels, as
 * {@code :Entity:Person}), {@code label} (its name, an article's title or the start of a statement) and {@code type};
 * an edge has {@code label} and {@code type}, both its relationship type. Lists are written as JSON arrays
 * ({@code ["Musk","@elonmusk"]}) in string attributes and dates as ISO 8601 strings; characters XML 1.0 cannot carry
 * (control characters other than tab and line breaks) become U+FFFD.
 */
final class GraphmlExport {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphmlExport() {
    }

    static void write(GraphSource source, OutputStream out) throws IOException {
        PropertySchema schema = source.schema();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            xml.writeCharacters("\n");
            key(xml, "labels", "node", "labels", "string");
            key(xml, "label", "node", "label", "string");
            key(xml, "type", "node", "type", "string");
            schema.nodeKeys().forEach((name, kind) -> key(xml, "n_" + name, "node", name, kind.graphmlType));
            key(xml, "e_label", "edge", "label", "string");
            key(xml, "e_type", "edge", "type", "string");
            schema.relationshipKeys().forEach((name, kind) -> key(xml, "e_" + name, "edge", name, kind.graphmlType));
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "saidgraph");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            source.nodes(n -> element(xml, () -> {
                xml.writeStartElement("node");
                xml.writeAttribute("id", clean(n.key()));
                xml.writeAttribute("labels", ":" + String.join(":", n.labels()));
                data(xml, "labels", ":" + String.join(":", n.labels()));
                data(xml, "label", labelOf(n));
                data(xml, "type", CytoscapeData.type(n.labels()));
                for (Map.Entry<String, Object> p : n.properties().entrySet()) {
                    data(xml, "n_" + p.getKey(), p.getValue());
                }
                xml.writeEndElement();
            }));
            long[] count = {0};
            source.relationships(r -> element(xml, () -> {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + count[0]++);
                xml.writeAttribute("source", clean(r.start()));
                xml.writeAttribute("target", clean(r.end()));
                xml.writeAttribute("label", r.type());
                data(xml, "e_label", r.type());
                data(xml, "e_type", r.type());
                for (Map.Entry<String, Object> p : r.properties().entrySet()) {
                    data(xml, "e_" + p.getKey(), p.getValue());
                }
                xml.writeEndElement();
            }));
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Object labelOf(ExportNode n) {
        return CytoscapeData.node(n.key(), n.labels(), n.properties()).get("label");
    }

    private interface XmlStep {
        void run() throws XMLStreamException, IOException;
    }

    private static void element(XMLStreamWriter xml, XmlStep step) {
        try {
            step.run();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name, String type) {
        element(xml, () -> {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", id);
            xml.writeAttribute("for", domain);
            xml.writeAttribute("attr.name", name);
            xml.writeAttribute("attr.type", type);
        });
    }

    private static void data(XMLStreamWriter xml, String key, Object value) throws XMLStreamException, IOException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(clean(value instanceof List<?> ? JSON.writeValueAsString(value) : String.valueOf(value)));
        xml.writeEndElement();
    }

    /** XML 1.0 allows tab, line feed, carriage return and U+0020 upwards (but not U+FFFE, U+FFFF). */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (!ok) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}

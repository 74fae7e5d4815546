package org.saidgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The graph as CSV files for {@code neo4j-admin database import full}: {@code nodes.csv} with {@code :ID}, {@code :LABEL}
 * and a typed column for every node property ({@code aliases:string[]}, {@code confidence:double},
 * {@code published:date}), and {@code relationships.csv} with {@code :START_ID}, {@code :END_ID}, {@code :TYPE} and
 * the relationship properties. {@code :ID} is the node's element key (an article's is {@code article:ID}), so ids of
 * different kinds never clash; the {@code id} property is a column of its own. An absent property is an empty field,
 * an empty string is {@code ""}. List elements and labels are separated by U+001F (the unit separator, which text does
 * not contain), because any printable separator could occur inside an alias. An empty list cannot be written (the
 * import reads an empty field as no property, for arrays too), so it is left out. Import with
 * {@link #IMPORT_COMMAND}, which {@code import-command.txt} beside the files repeats.
 */
public final class CsvExport {

    public static final char ARRAY_DELIMITER = '\u001F';
    public static final String NODES = "nodes.csv";
    public static final String RELATIONSHIPS = "relationships.csv";
    public static final String IMPORT_COMMAND = "neo4j-admin database import full --nodes=nodes.csv "
            + "--relationships=relationships.csv --array-delimiter=U+001F --multiline-fields=true neo4j";

    private CsvExport() {
    }

    /** One zip with both files and the import command (the HTTP export). */
    static void writeZip(GraphSource source, OutputStream out) throws IOException {
        PropertySchema schema = source.schema();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        zip.putNextEntry(new ZipEntry(NODES));
        writeNodes(source, schema, writer);
        writer.flush();
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(RELATIONSHIPS));
        writeRelationships(source, schema, writer);
        writer.flush();
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("import-command.txt"));
        writer.write(IMPORT_COMMAND + "\n");
        writer.flush();
        zip.closeEntry();
        zip.finish();
    }

    /** The two files and the import command in a directory (the command line's export). */
    public static void writeDirectory(GraphSource source, Path dir) throws IOException {
        Files.createDirectories(dir);
        PropertySchema schema = source.schema();
        try (Writer writer = Files.newBufferedWriter(dir.resolve(NODES), StandardCharsets.UTF_8)) {
            writeNodes(source, schema, writer);
        }
        try (Writer writer = Files.newBufferedWriter(dir.resolve(RELATIONSHIPS), StandardCharsets.UTF_8)) {
            writeRelationships(source, schema, writer);
        }
        Files.writeString(dir.resolve("import-command.txt"), IMPORT_COMMAND + "\n");
    }

    private static void writeNodes(GraphSource source, PropertySchema schema, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of(":ID", ":LABEL"));
        schema.nodeKeys().forEach((name, kind) -> header.add(column(name, kind)));
        line(out, header);
        try {
            source.nodes(n -> {
                List<String> row = new ArrayList<>();
                row.add(quote(n.key()));
                row.add(quote(String.join(String.valueOf(ARRAY_DELIMITER), n.labels())));
                schema.nodeKeys().forEach((name, kind) -> row.add(field(n.properties().get(name), kind)));
                lineUnchecked(out, row);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeRelationships(GraphSource source, PropertySchema schema, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE"));
        schema.relationshipKeys().forEach((name, kind) -> header.add(column(name, kind)));
        line(out, header);
        try {
            source.relationships(r -> {
                List<String> row = new ArrayList<>(List.of(quote(r.start()), quote(r.end()), r.type()));
                schema.relationshipKeys().forEach((name, kind) -> row.add(field(r.properties().get(name), kind)));
                lineUnchecked(out, row);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code name} for strings (the import's default type), {@code name:type} for the rest. */
    private static String column(String name, ValueKind kind) {
        String escaped = name.contains(":") || name.contains(",") || name.contains("\"") ? quote(name) : name;
        return kind == ValueKind.STRING ? escaped : escaped + ":" + kind.importType;
    }

    static String field(Object value, ValueKind kind) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            if (!kind.list) {
                return quote(list.toString());
            }
            StringBuilder joined = new StringBuilder();
            for (Object item : list) {
                String text = String.valueOf(item);
                if (text.indexOf(ARRAY_DELIMITER) >= 0) {
                    throw new IllegalStateException("a list value holds U+001F, the CSV export's list separator: "
                            + text);
                }
                if (!joined.isEmpty()) {
                    joined.append(ARRAY_DELIMITER);
                }
                joined.append(text);
            }
            return quote(joined.toString());
        }
        return quote(String.valueOf(value));
    }

    /** Every present value quoted, so that an empty string ({@code ""}) differs from an absent value (empty). */
    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        out.write(String.join(",", fields));
        out.write('\n');
    }

    private static void lineUnchecked(Writer out, List<String> fields) {
        try {
            line(out, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.saidgraph.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a dataset document and checks all of it: JSON syntax, the published JSON Schema and the rules a schema
 * cannot express ({@link DatasetRules}). Every problem is reported at once, with the file and a JSON pointer, and a
 * dataset with any problem is never returned.
 */
public final class DatasetReader {

    /** Larger documents are refused before parsing, so that a hostile upload cannot exhaust memory. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final String SCHEMA_RESOURCE = "/schema/dataset.schema.json";

    private final ObjectMapper mapper;
    private final JsonSchema schema;

    public DatasetReader() {
        this.mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        try (InputStream in = DatasetReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("dataset schema missing from the classpath: " + SCHEMA_RESOURCE);
            }
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a dataset file; throws {@link InvalidDatasetException} listing every problem. */
    public Dataset read(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            return read(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidDatasetException(List.of(new Problem(name, "", "cannot read the file: " + e.getMessage())));
        }
    }

    /** Reads and checks a dataset held in memory; {@code source} names it in problems (a file or "request body"). */
    public Dataset read(String source, byte[] json) {
        if (json.length > MAX_BYTES) {
            throw tooLarge(source, json.length);
        }
        String invalid = invalidUtf8(json);
        if (invalid != null) {
            throw new InvalidDatasetException(List.of(new Problem(source, "", invalid)));
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new InvalidDatasetException(List.of(new Problem(source, "",
                    "not valid JSON" + at + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidDatasetException(List.of(new Problem(source, "", "the document is empty")));
        }
        return read(source, tree);
    }

    /**
     * Checks an already parsed document against the schema and the rules, both at once: a document with schema
     * problems still has its rule problems reported (a rule is skipped only where a schema problem leaves the value
     * it needs unusable). Problems come in document order.
     */
    public Dataset read(String source, JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        // A number beyond double's range (1e400) parses as infinity, which the schema validator cannot compare.
        outOfRange(source, tree, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
        for (ValidationMessage message : schema.validate(tree)) {
            problems.add(new Problem(source, message.getInstanceLocation().toString(), schemaMessage(message)));
        }
        if (tree.isObject()) {
            problems.addAll(DatasetRules.check(source, tree));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(Problem::pointer, DatasetReader::comparePointers));
            throw new InvalidDatasetException(problems);
        }
        try {
            return mapper.treeToValue(tree, Dataset.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            // The schema admits only documents that map onto the records; reaching this is a bug in one of them (a
            // span of 1e308 once did: an integer to JSON Schema, too large for an int). Still the sender's document
            // is what cannot be read, so it is refused where the value is, not answered with a server error.
            throw new InvalidDatasetException(List.of(new Problem(source, pointer(e.getPath()),
                    "a value these records cannot hold: " + e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("schema-valid dataset did not map onto the records: " + e.getMessage(), e);
        }
    }

    /** The JSON pointer of a mapping failure's path: /statements/0/span/start. */
    private static String pointer(List<com.fasterxml.jackson.databind.JsonMappingException.Reference> path) {
        StringBuilder at = new StringBuilder();
        for (var step : path) {
            at.append('/').append(step.getFieldName() != null
                    ? step.getFieldName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(step.getIndex()));
        }
        return at.toString();
    }

    /** JSON pointers in document order: segment by segment, array indexes as numbers (/statements/2 before /10). */
    static int comparePointers(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /**
     * Why these bytes are not UTF-8, naming the first bad byte, or null. The JSON parser would otherwise read some
     * malformed sequences leniently and load text that is not what was sent.
     */
    static String invalidUtf8(byte[] json) {
        var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(json);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(64 * 1024);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return "not valid UTF-8: byte " + in.position() + " begins a malformed sequence";
            }
            if (result.isUnderflow()) {
                var flushed = decoder.flush(out);
                return flushed.isError() ? "not valid UTF-8 at the end of the document" : null;
            }
            out.clear();
        }
    }

    private static void outOfRange(String source, JsonNode node, String pointer, List<Problem> problems) {
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            problems.add(new Problem(source, pointer, "a number out of range (beyond ±1.8e308)"));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> outOfRange(source, e.getValue(),
                    pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                outOfRange(source, node.get(i), pointer + "/" + i, problems);
            }
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    private static String schemaMessage(ValidationMessage message) {
        String text = message.getMessage();
        String location = message.getInstanceLocation().toString();
        // The library prefixes its messages with the location, which the problem already carries.
        if (text.startsWith(location + ": ")) {
            text = text.substring(location.length() + 2);
        }
        return text;
    }

    private static InvalidDatasetException tooLarge(String source, long size) {
        return new InvalidDatasetException(List.of(new Problem(source, "",
                "the document has " + size + " bytes; at most " + MAX_BYTES + " are accepted")));
    }
}

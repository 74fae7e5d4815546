package org.saidgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/** Writes property values with Jackson's streaming generator: dates as ISO 8601 strings, lists as arrays. */
final class JsonValues {

    private JsonValues() {
    }

    static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Long || value instanceof Integer) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            json.writeNumber(n.doubleValue());
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                write(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof TemporalAccessor) {
            json.writeString(value.toString());
        } else {
            json.writeString(value.toString());
        }
    }
}

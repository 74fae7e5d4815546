package org.saidgraph.query.cypher;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders driver values as JSON-ready Java values (a node is {@code {elementId, labels, properties}}, a relationship
 * {@code {elementId, type, startElementId, endElementId, properties}}, a path {@code {nodes, relationships}}, dates
 * and durations ISO 8601, points {@code {srid, x, y, z?}}), counting every value and the bytes of the JSON it
 * becomes against a {@link Budget} as it goes, so that an oversized result stops being built at the limit instead of
 * after it.
 */
public final class ValueRenderer {

    /** What one result may still take; shared by all its rows. */
    public static final class Budget {

        private final long maxValues;
        private final long maxBytes;
        private long values;
        private long bytes;

        public Budget(long maxValues, long maxBytes) {
            this.maxValues = maxValues;
            this.maxBytes = maxBytes;
        }

        private void take(long valueCount, long byteCount) {
            values += valueCount;
            bytes += byteCount;
            if (values > maxValues) {
                throw new Exhausted("values", "more than " + maxValues + " values (saidgraph.cypher.max-values)");
            }
            if (bytes > maxBytes) {
                throw new Exhausted("bytes", "more than " + maxBytes + " bytes of JSON "
                        + "(saidgraph.cypher.max-result-bytes)");
            }
        }

        public long bytes() {
            return bytes;
        }
    }

    /** Thrown when a budget runs out; {@code limit} names which ("values" or "bytes"). */
    public static final class Exhausted extends RuntimeException {

        private final String limit;

        Exhausted(String limit, String message) {
            super(message, null, false, false);
            this.limit = limit;
        }

        public String limit() {
            return limit;
        }
    }

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    /** One record as a row of JSON-ready values; throws {@link Exhausted} when the budget runs out. */
    public List<Object> row(Record record, Budget budget) {
        List<Object> row = new ArrayList<>(record.size());
        for (Value value : record.values()) {
            row.add(render(value, budget));
        }
        budget.take(0, 2 + record.size()); // brackets and commas
        return row;
    }

    Object render(Value v, Budget budget) {
        if (v.isNull()) {
            budget.take(1, 4);
            return null;
        }
        if (v.hasType(TYPES.BOOLEAN())) {
            budget.take(1, 5);
            return v.asBoolean();
        }
        if (v.hasType(TYPES.INTEGER())) {
            long n = v.asLong();
            budget.take(1, Long.toString(n).length());
            return n;
        }
        if (v.hasType(TYPES.FLOAT())) {
            double d = v.asDouble();
            budget.take(1, Double.toString(d).length());
            return d;
        }
        if (v.hasType(TYPES.STRING())) {
            String s = v.asString();
            budget.take(1, jsonLength(s));
            return s;
        }
        if (v.hasType(TYPES.BYTES())) {
            byte[] bytes = v.asByteArray();
            budget.take(1, 2 + 4L * ((bytes.length + 2) / 3));
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (v.hasType(TYPES.LIST())) {
            budget.take(1, 2);
            List<Object> list = new ArrayList<>(Math.min(v.size(), 1024));
            for (Value item : v.values()) {
                budget.take(0, 1);
                list.add(render(item, budget));
            }
            return list;
        }
        if (v.hasType(TYPES.NODE())) {
            return node(v.asNode(), budget);
        }
        if (v.hasType(TYPES.RELATIONSHIP())) {
            return relationship(v.asRelationship(), budget);
        }
        if (v.hasType(TYPES.PATH())) {
            budget.take(1, 32);
            Path path = v.asPath();
            List<Object> nodes = new ArrayList<>();
            path.nodes().forEach(n -> nodes.add(node(n, budget)));
            List<Object> rels = new ArrayList<>();
            path.relationships().forEach(r -> rels.add(relationship(r, budget)));
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("nodes", nodes);
            map.put("relationships", rels);
            return map;
        }
        if (v.hasType(TYPES.MAP())) {
            budget.take(1, 2);
            return properties(v, budget);
        }
        if (v.hasType(TYPES.POINT())) {
            budget.take(1, 80);
            Point p = v.asPoint();
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("srid", p.srid());
            map.put("x", p.x());
            map.put("y", p.y());
            if (!Double.isNaN(p.z())) {
                map.put("z", p.z());
            }
            return map;
        }
        String text = v.asObject().toString(); // dates, times, durations: ISO 8601
        budget.take(1, jsonLength(text));
        return text;
    }

    private Map<String, Object> properties(org.neo4j.driver.types.MapAccessor v, Budget budget) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : v.keys()) {
            budget.take(0, jsonLength(key) + 2);
            map.put(key, render(v.get(key), budget));
        }
        return map;
    }

    private Map<String, Object> node(Node n, Budget budget) {
        budget.take(1, 64 + n.elementId().length());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("elementId", n.elementId());
        List<String> labels = new ArrayList<>();
        n.labels().forEach(label -> {
            budget.take(0, jsonLength(label) + 1);
            labels.add(label);
        });
        map.put("labels", labels);
        map.put("properties", properties(n, budget));
        return map;
    }

    private Map<String, Object> relationship(Relationship r, Budget budget) {
        budget.take(1, 96 + 3L * r.elementId().length() + jsonLength(r.type()));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("elementId", r.elementId());
        map.put("type", r.type());
        map.put("startElementId", r.startNodeElementId());
        map.put("endElementId", r.endNodeElementId());
        map.put("properties", properties(r, budget));
        return map;
    }

    /** The bytes a string takes as a JSON string in UTF-8, quotes included (escapes counted at their longest). */
    static long jsonLength(String s) {
        long n = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x20 ? 6 : c < 0x80 ? (c == '"' || c == '\\' ? 2 : 1) : c < 0x800 ? 2 : 3;
        }
        return n;
    }
}

package org.saidgraph.query;

import org.neo4j.driver.Value;

import java.util.List;

/** Turns the maps the {@code cypher/query} files return into the API's records. */
final class Rows {

    private Rows() {
    }

    static String string(Value v, String key) {
        Value x = v.get(key);
        return x == null || x.isNull() ? null : x.asObject().toString();
    }

    static EntityRef entity(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return new EntityRef(string(v, "id"), string(v, "name"), string(v, "type"));
    }

    static List<EntityRef> entities(Value list) {
        return list.asList(Rows::entity);
    }

    static StatementRef statementRef(Value v) {
        return new StatementRef(string(v, "id"), string(v, "text"), string(v, "act"),
                v.get("verbatim").asBoolean(false), entity(v.get("speaker")), parts(v.get("parts"), string(v, "text")));
    }

    /** The pieces of a statement in parts from the offsets the graph keeps, or null (see {@link QuotePart#of}). */
    static List<QuotePart> parts(Value offsets, String text) {
        return offsets == null || offsets.isNull() ? null : QuotePart.of(offsets.asList(Value::asInt), text);
    }

    static List<StatementRef> statementRefs(Value list) {
        return list.asList(Rows::statementRef);
    }

    /** A page of ids from a query that returns {@code ids}, {@code total} and {@code totalIsLowerBound}. */
    static Page<String> ids(Value r, Page.Request page) {
        return page(r.get("ids").asList(Value::asString), r, page);
    }

    /** A page of these items with the {@code total} and {@code totalIsLowerBound} that the query {@code r} counted. */
    static <T> Page<T> page(List<T> items, Value r, Page.Request page) {
        return new Page<>(items, page.page(), page.size(), r.get("total").asLong(),
                r.get("totalIsLowerBound").asBoolean());
    }
}

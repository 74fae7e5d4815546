package org.saidgraph.export;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The kind of value a property holds across the whole graph, as Neo4j's {@code valueType()} names it. A property
 * whose values are of several kinds is exported as {@link #STRING}: its text survives everywhere.
 */
public enum ValueKind {
    STRING("string", "string", false),
    LONG("long", "long", false),
    DOUBLE("double", "double", false),
    BOOLEAN("boolean", "boolean", false),
    DATE("date", "string", false),
    STRING_LIST("string[]", "string", true),
    LONG_LIST("long[]", "string", true),
    DOUBLE_LIST("double[]", "string", true),
    BOOLEAN_LIST("boolean[]", "string", true);

    /** The type in a neo4j-admin import header ({@code aliases:string[]}). */
    public final String importType;
    /** The GraphML {@code attr.type}: lists and dates are strings there (lists as JSON arrays). */
    public final String graphmlType;
    public final boolean list;

    ValueKind(String importType, String graphmlType, boolean list) {
        this.importType = importType;
        this.graphmlType = graphmlType;
        this.list = list;
    }

    /** The kind of a property from the value types Neo4j reports for it ("STRING NOT NULL", "LIST<...>"). */
    public static ValueKind of(Collection<String> neo4jTypes) {
        Set<ValueKind> kinds = new HashSet<>();
        boolean emptyList = false;
        for (String type : neo4jTypes) {
            String t = type.replace(" NOT NULL", "").strip();
            switch (t) {
                case "STRING" -> kinds.add(STRING);
                case "INTEGER" -> kinds.add(LONG);
                case "FLOAT" -> kinds.add(DOUBLE);
                case "BOOLEAN" -> kinds.add(BOOLEAN);
                case "DATE" -> kinds.add(DATE);
                case "LIST<STRING>" -> kinds.add(STRING_LIST);
                case "LIST<INTEGER>" -> kinds.add(LONG_LIST);
                case "LIST<FLOAT>" -> kinds.add(DOUBLE_LIST);
                case "LIST<BOOLEAN>" -> kinds.add(BOOLEAN_LIST);
                case "LIST<NOTHING>" -> emptyList = true; // an empty list fits any list kind
                default -> kinds.add(null);
            }
        }
        if (kinds.isEmpty() && emptyList) {
            return STRING_LIST;
        }
        if (kinds.size() == 1 && !kinds.contains(null)) {
            ValueKind kind = kinds.iterator().next();
            return emptyList && !kind.list ? STRING : kind;
        }
        return STRING;
    }
}

package org.saidgraph.export;

import java.util.Map;

/**
 * One relationship as an export reads it: the keys of its start and end nodes, its type and its properties.
 * {@code endVerbatim} is the {@code verbatim} flag of its end node when that is a statement (so that JSON-LD can say
 * who spoke a quotation without a second look-up), otherwise null.
 */
public record ExportRelationship(String start, String type, String end, Map<String, Object> properties,
                                 Boolean endVerbatim) {
}

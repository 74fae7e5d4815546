package org.saidgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexical layer of {@link ReadOnlyCypher}: what a query's text may contain, checked with string literals and
 * comments blanked out and backtick-quoted names unquoted, so that neither hides nor fakes a keyword. It refuses
 * LOAD CSV, CALL … IN TRANSACTIONS, PERIODIC COMMIT, USE, administration commands, procedures outside a small
 * allowlist, and namespaced functions outside the built-in namespaces (apoc.* and the like can read files and URLs
 * on a server that has them).
 */
public final class CypherPolicy {

    /** Procedures a read-only query may call. */
    public static final Set<String> PROCEDURES = Set.of(
            "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
            "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.index.fulltext.querynodes",
            "db.index.fulltext.queryrelationships");

    /** Namespaces of built-in functions a query may use (lower case, with the trailing dot), plus exact names. */
    private static final List<String> FUNCTION_NAMESPACES = List.of("date.", "datetime.", "localdatetime.",
            "localtime.", "time.", "duration.", "point.", "vector.similarity.");
    private static final Set<String> FUNCTIONS = Set.of("db.nameFromElementId".toLowerCase(Locale.ROOT));

    private static final Pattern LOAD_CSV = Pattern.compile("(?i)\\bLOAD\\s+CSV\\b");
    private static final Pattern IN_TRANSACTIONS = Pattern.compile(
            "(?i)\\bIN\\s+(?:\\S+\\s+)?(?:CONCURRENT\\s+)?TRANSACTIONS\\b");
    private static final Pattern PERIODIC_COMMIT = Pattern.compile("(?i)\\bPERIODIC\\s+COMMIT\\b");
    private static final Pattern USE = Pattern.compile("(?i)(?:^|[\\s{(;])USE\\s+[\\p{L}_`]");
    private static final Pattern PREAMBLE = Pattern.compile(
            "(?i)^\\s*(?:(?:CYPHER(?:\\s+\\d+(?:\\.\\d+)?)?(?:\\s+[\\w.]+\\s*=\\s*[\\w.]+)*)|EXPLAIN|PROFILE)\\s+");
    private static final Pattern ADMIN = Pattern.compile("(?i)^\\s*(SHOW|TERMINATE|GRANT|DENY|REVOKE|ALTER|DROP|RENAME|"
            + "START|STOP|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN)\\b");
    private static final Pattern CREATE_ADMIN = Pattern.compile("(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?"
            + "(?:DATABASE|COMPOSITE|ALIAS|USER|ROLE|INDEX|CONSTRAINT|FULLTEXT|TEXT|RANGE|POINT|LOOKUP|VECTOR|"
            + "BTREE)\\b");
    private static final Pattern CALL = Pattern.compile(
            "(?i)\\bCALL\\s+([\\p{L}_][\\w]*(?:\\s*\\.\\s*[\\p{L}_][\\w]*)*)");
    private static final Pattern FUNCTION = Pattern.compile(
            "([\\p{L}_][\\w]*(?:\\s*\\.\\s*[\\p{L}_][\\w]*)+)\\s*\\(");

    private CypherPolicy() {
    }

    /** The reasons this query is refused; empty when the text is acceptable. */
    public static List<String> check(String query) {
        String code = code(query);
        List<String> reasons = new ArrayList<>();
        if (LOAD_CSV.matcher(code).find()) {
            reasons.add("LOAD CSV is refused: it reads files and URLs");
        }
        if (IN_TRANSACTIONS.matcher(code).find()) {
            reasons.add("CALL { … } IN TRANSACTIONS is refused: it commits writes");
        }
        if (PERIODIC_COMMIT.matcher(code).find()) {
            reasons.add("PERIODIC COMMIT is refused: it commits writes");
        }
        if (USE.matcher(code).find()) {
            reasons.add("USE is refused: queries run against the saidgraph database only");
        }
        String body = code;
        Matcher preamble;
        while ((preamble = PREAMBLE.matcher(body)).find()) {
            body = body.substring(preamble.end());
        }
        Matcher admin = ADMIN.matcher(body);
        if (admin.find()) {
            reasons.add(admin.group(1).toUpperCase(Locale.ROOT) + " commands are refused: administration is not "
                    + "available through this endpoint");
        }
        if (CREATE_ADMIN.matcher(code).find()) {
            reasons.add("schema and administration commands (CREATE INDEX, CREATE DATABASE, …) are refused");
        }
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            String name = call.group(1).replaceAll("\\s+", "");
            if (!PROCEDURES.contains(name.toLowerCase(Locale.ROOT))) {
                reasons.add("procedure " + name + " is refused; allowed: " + allowedProcedures());
            }
        }
        Matcher function = FUNCTION.matcher(CALL.matcher(code).replaceAll("CALL "));
        while (function.find()) {
            String name = function.group(1).replaceAll("\\s+", "");
            String lower = name.toLowerCase(Locale.ROOT);
            boolean allowed = FUNCTIONS.contains(lower) || PROCEDURES.contains(lower)
                    || FUNCTION_NAMESPACES.stream().anyMatch(lower::startsWith);
            if (!allowed) {
                reasons.add("function " + name + " is refused: only Cypher's built-in functions are allowed");
            }
        }
        return reasons.stream().distinct().toList();
    }

    static String allowedProcedures() {
        return "db.labels, db.relationshipTypes, db.propertyKeys, db.schema.visualization, "
                + "db.schema.nodeTypeProperties, db.schema.relTypeProperties, db.index.fulltext.queryNodes, "
                + "db.index.fulltext.queryRelationships";
    }

    /**
     * The query with string literals replaced by {@code ''}, comments by a space, and backtick-quoted names by
     * their content, so that keyword checks see only code.
     */
    static String code(String query) {
        StringBuilder out = new StringBuilder(query.length());
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (c == '/' && i + 1 < n && query.charAt(i + 1) == '/') {
                while (i < n && query.charAt(i) != '\n' && query.charAt(i) != '\r') {
                    i++;
                }
                out.append(' ');
            } else if (c == '/' && i + 1 < n && query.charAt(i + 1) == '*') {
                int end = query.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (c == '\'' || c == '"') {
                i++;
                while (i < n && query.charAt(i) != c) {
                    i += query.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append("''");
            } else if (c == '`') {
                i++;
                while (i < n) {
                    if (query.charAt(i) == '`') {
                        if (i + 1 < n && query.charAt(i + 1) == '`') {
                            out.append('`');
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    out.append(query.charAt(i));
                    i++;
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}

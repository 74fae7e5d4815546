package org.saidgraph.query.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text layer of {@link ReadOnlyCypher}: what a query's text may contain, read as Neo4j reads it. Neo4j decodes
 * {@code \}{@code uXXXX} escapes before it tokenises (so an escaped quote can end a string early), and it treats
 * Unicode spaces and line separators as whitespace; so escapes are refused outright, and every non-ASCII space or
 * separator counts as whitespace here. Then string literals are blanked, comments removed and backtick-quoted names
 * unquoted, so that neither hides nor fakes a keyword.
 * <p>
 * It refuses what is not read-only (LOAD CSV, IN TRANSACTIONS, PERIODIC COMMIT, USE, administration commands,
 * procedures outside an allowlist, namespaced functions outside the built-in namespaces) and, because Neo4j checks
 * a query's deadline only between rows, what can loop or grow without bound inside one row (see
 * {@link #UNBOUNDED_RULE}).
 */
public final class TextCheck {

    /** Procedures a read-only query may call (lower case). */
    public static final Set<String> PROCEDURES = Set.of(
            "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
            "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.index.fulltext.querynodes",
            "db.index.fulltext.queryrelationships");

    /** Namespaces of built-in functions a query may use (lower case, with the trailing dot). */
    static final List<String> FUNCTION_NAMESPACES = List.of("date.", "datetime.", "localdatetime.",
            "localtime.", "time.", "duration.", "point.", "vector.similarity.");
    /** Namespaced built-in functions outside those namespaces (lower case). */
    static final Set<String> FUNCTIONS = Set.of("db.namefromelementid");

    /** The rule against work inside one row, in the words docs/api.md uses. */
    public static final String UNBOUNDED_RULE = "Neo4j can stop a query only between rows, so nothing may loop or "
            + "grow without bound inside one row";

    /** The most {@code +} operators a query may have: each can double a string or list built in one row. */
    static final int MAX_PLUS = 8;

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");
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

    private static final Pattern REDUCE = Pattern.compile("(?i)\\breduce\\s*\\(");
    private static final Pattern COMPREHENSION = Pattern.compile("(?i)\\[\\s*[\\p{L}_][\\w]*\\s+IN\\b");
    private static final Pattern QUANTIFIER = Pattern.compile(
            "(?i)\\b(all|any|none|single)\\s*\\(\\s*[\\p{L}_][\\w]*\\s+IN\\b");
    private static final Pattern REGEX = Pattern.compile("=~");
    private static final Pattern REPLACE = Pattern.compile("(?i)(?<![.\\w])replace\\s*\\(");
    private static final Pattern RANGE = Pattern.compile("(?i)(?<![.\\w])range\\s*\\(");
    private static final Pattern UNWIND_BEFORE = Pattern.compile("(?i)\\bUNWIND\\s*$");
    private static final Pattern AS_AFTER = Pattern.compile("(?i)^\\s*AS\\b");
    private static final Pattern INTEGER = Pattern.compile("\\s*([+-]?\\s*\\d{1,18})\\s*");

    private TextCheck() {
    }

    /** Why this query is refused; empty when its text is acceptable. */
    public static List<Finding> check(String query, int maxRange) {
        List<Finding> findings = new ArrayList<>();
        if (UNICODE_ESCAPE.matcher(query).find()) {
            findings.add(new Finding(CypherRefusal.Reason.NOT_READ_ONLY, "Unicode escapes (\\uXXXX) are refused: "
                    + "Neo4j decodes them before it reads the query, so they could hide code; pass such text as a "
                    + "parameter"));
            return findings;
        }
        String code = code(query);
        readOnly(code, findings);
        boundedInOneRow(code, maxRange, findings);
        return findings.stream().distinct().toList();
    }

    private static void readOnly(String code, List<Finding> findings) {
        if (LOAD_CSV.matcher(code).find()) {
            refuse(findings, "LOAD CSV is refused: it reads files and URLs");
        }
        if (IN_TRANSACTIONS.matcher(code).find()) {
            refuse(findings, "CALL { … } IN TRANSACTIONS is refused: it commits writes");
        }
        if (PERIODIC_COMMIT.matcher(code).find()) {
            refuse(findings, "PERIODIC COMMIT is refused: it commits writes");
        }
        if (USE.matcher(code).find()) {
            refuse(findings, "USE is refused: queries run against the saidgraph database only");
        }
        String body = code;
        Matcher preamble;
        while ((preamble = PREAMBLE.matcher(body)).find()) {
            body = body.substring(preamble.end());
        }
        Matcher admin = ADMIN.matcher(body);
        if (admin.find()) {
            refuse(findings, admin.group(1).toUpperCase(Locale.ROOT) + " commands are refused: administration is "
                    + "not available through this endpoint");
        }
        if (CREATE_ADMIN.matcher(code).find()) {
            refuse(findings, "schema and administration commands (CREATE INDEX, CREATE DATABASE, …) are refused");
        }
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            String name = call.group(1).replaceAll("\\s+", "");
            if (!PROCEDURES.contains(name.toLowerCase(Locale.ROOT))) {
                refuse(findings, "procedure " + name + " is refused; allowed: " + allowedProcedures());
            }
        }
        Matcher function = FUNCTION.matcher(CALL.matcher(code).replaceAll("CALL "));
        while (function.find()) {
            String name = function.group(1).replaceAll("\\s+", "");
            if (!allowedFunction(name)) {
                refuse(findings, "function " + name + " is refused: only Cypher's built-in functions are allowed");
            }
        }
    }

    /** Whether a namespaced function (or procedure name used as one) is built in and harmless. */
    static boolean allowedFunction(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return FUNCTIONS.contains(lower) || PROCEDURES.contains(lower)
                || FUNCTION_NAMESPACES.stream().anyMatch(lower::startsWith);
    }

    private static void boundedInOneRow(String code, int maxRange, List<Finding> findings) {
        String rule = UNBOUNDED_RULE + ": ";
        String loop = "; loop with UNWIND instead, which the deadline can stop";
        if (REDUCE.matcher(code).find()) {
            unbounded(findings, rule + "reduce() is refused (sum(), collect() and the like aggregate over rows)"
                    + loop);
        }
        String loopProblem = loopProblem(code);
        if (loopProblem != null) {
            unbounded(findings, rule + loopProblem + loop);
        }
        if (REGEX.matcher(code).find()) {
            unbounded(findings, rule + "regular expressions (=~) are refused, since one can backtrack for hours; "
                    + "use CONTAINS, STARTS WITH, ENDS WITH or the full-text index");
        }
        if (REPLACE.matcher(code).find()) {
            unbounded(findings, rule + "replace() is refused, since it can multiply a string's length");
        }
        Matcher range = RANGE.matcher(code);
        while (range.find()) {
            String problem = rangeProblem(code, range.start(), range.end(), maxRange);
            if (problem != null) {
                unbounded(findings, rule + problem);
            }
        }
        long plus = code.chars().filter(c -> c == '+').count();
        if (plus > MAX_PLUS) {
            unbounded(findings, rule + "the query has " + plus + " + operators, and at most " + MAX_PLUS
                    + " are accepted, since each can double a string or list");
        }
    }

    /**
     * Why a list comprehension or quantifier is refused, or null. One on its own costs as many steps as its list has
     * items, and every list a query can name was paid for between rows or is bounded (a literal, a parameter, a
     * range() of literal bounds, a property, a collect() over rows); one inside another multiplies, and a + inside
     * one can double a string or list at each step.
     */
    private static String loopProblem(String code) {
        for (Pattern loop : List.of(COMPREHENSION, QUANTIFIER)) {
            Matcher m = loop.matcher(code);
            while (m.find()) {
                int open = code.lastIndexOf(loop == COMPREHENSION ? '[' : '(', m.end());
                int close = closing(code, open);
                String body = code.substring(m.end(), close < 0 ? code.length() : close);
                if (COMPREHENSION.matcher(body).find() || QUANTIFIER.matcher(body).find()
                        || REDUCE.matcher(body).find()) {
                    return "a list comprehension or all/any/none/single(x IN …) may not contain another one";
                }
                if (body.indexOf('+') >= 0) {
                    return "a list comprehension or all/any/none/single(x IN …) may not contain +, which would "
                            + "build a string or list at every step";
                }
            }
        }
        return null;
    }

    /**
     * Why a {@code range(} call at [start, open) is refused, or null: allowed as {@code UNWIND range(…) AS x}, which
     * Neo4j produces row by row, or with integer literal bounds producing at most maxRange values.
     */
    private static String rangeProblem(String code, int start, int open, int maxRange) {
        int close = closing(code, open - 1);
        if (close < 0) {
            return null; // unbalanced: a syntax error Neo4j will report
        }
        boolean unwound = UNWIND_BEFORE.matcher(code.substring(0, start)).find()
                && AS_AFTER.matcher(code.substring(close + 1)).find();
        if (unwound) {
            return null;
        }
        String[] args = code.substring(open, close).split(",", -1);
        List<Long> values = new ArrayList<>();
        for (String arg : args) {
            Matcher integer = INTEGER.matcher(arg);
            if (!integer.matches()) {
                return "range() is accepted only as UNWIND range(…) AS x, or with integer literal bounds";
            }
            values.add(Long.parseLong(integer.group(1).replaceAll("\\s+", "")));
        }
        if (values.size() < 2 || values.size() > 3) {
            return null; // Neo4j reports the wrong number of arguments
        }
        long step = values.size() == 3 ? values.get(2) : 1;
        double count = step == 0 ? Double.POSITIVE_INFINITY
                : Math.floor(((double) values.get(1) - values.get(0)) / step) + 1;
        if (count > maxRange) {
            return "range() outside UNWIND range(…) AS x may produce at most " + maxRange + " values, but this one "
                    + "produces " + (Double.isInfinite(count) ? "without end" : String.format("%.0f", count));
        }
        return null;
    }

    /** The index of the bracket closing the one at {@code open} ( or [, or -1. */
    private static int closing(String code, int open) {
        char opening = code.charAt(open);
        char closer = opening == '[' ? ']' : ')';
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == closer && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void refuse(List<Finding> findings, String message) {
        findings.add(new Finding(CypherRefusal.Reason.NOT_READ_ONLY, message));
    }

    private static void unbounded(List<Finding> findings, String message) {
        findings.add(new Finding(CypherRefusal.Reason.UNBOUNDED_IN_ONE_ROW, message));
    }

    static String allowedProcedures() {
        return "db.labels, db.relationshipTypes, db.propertyKeys, db.schema.visualization, "
                + "db.schema.nodeTypeProperties, db.schema.relTypeProperties, db.index.fulltext.queryNodes, "
                + "db.index.fulltext.queryRelationships";
    }

    /**
     * The query as its code: Unicode spaces as spaces and Unicode line separators as line ends (as Neo4j reads
     * them), string literals replaced by {@code ''}, comments by a space, and backtick-quoted names by their content
     * (with any space in it as {@code _}), so that keyword checks see only code.
     */
    static String code(String raw) {
        String query = normaliseWhitespace(raw);
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
                    char inName = query.charAt(i);
                    out.append(inName == ' ' || inName == '\n' ? '_' : inName);
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

    /**
     * Every line separator Neo4j (or any reader) might end a line comment at becomes {@code \n}, and every other
     * space, invisible format character or control becomes a plain space. Treating more as whitespace than Neo4j
     * does can only make this check see more code, never less.
     */
    static String normaliseWhitespace(String query) {
        StringBuilder out = new StringBuilder(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B'
                    || c == '\u000C' || c == '\u001C' || c == '\u001D' || c == '\u001E') {
                out.append(c == '\r' ? '\r' : '\n');
            } else if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

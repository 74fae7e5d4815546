package org.saidgraph.query.cypher;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Neo4j's errors as refusals a client can act on. Neo4j's messages are passed on for syntax and semantic errors
 * (they point at the mistake), but without what only the server should know: Java and Lucene class names, stack
 * traces, and anything past the first lines.
 */
final class Neo4jErrors {

    /** A fully qualified Java class name, such as org.apache.lucene.queryparser.classic.ParseException. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*(?::\\s*)?");
    private static final int MAX_MESSAGE = 600;

    private Neo4jErrors() {
    }

    static CypherRefusal translate(Neo4jException e, Duration timeout) {
        String code = e.code() == null ? "" : e.code();
        String message = clean(e.getMessage() == null ? code : e.getMessage());
        if (code.contains("TransactionTimedOut") || code.equals("Neo.ClientError.Transaction.Terminated")
                || code.contains("TransactionMarkedAsFailed") && message.contains("timeout")) {
            return timedOut(timeout);
        }
        if (code.contains("MemoryPoolOutOfMemoryError") || code.contains("OutOfMemory")) {
            return new CypherRefusal(CypherRefusal.Reason.TOO_MUCH_MEMORY, "the query needed more memory than a "
                    + "transaction may use and was stopped; return less, or aggregate less at once");
        }
        if (code.equals("Neo.ClientError.Statement.SyntaxError")) {
            // The check ran the query as "EXPLAIN <query>"; show the query as it was sent.
            return new CypherRefusal(CypherRefusal.Reason.SYNTAX_ERROR, message.replace("\"EXPLAIN ", "\""));
        }
        if (code.startsWith("Neo.ClientError.Statement.AccessMode") || code.startsWith("Neo.ClientError.Security.")) {
            return new CypherRefusal(CypherRefusal.Reason.NOT_READ_ONLY, "this endpoint is read-only: " + message);
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
                || e instanceof TransientException) {
            return new CypherRefusal(CypherRefusal.Reason.DATABASE_UNAVAILABLE, "the database is unavailable or "
                    + "busy; try again shortly");
        }
        if (code.startsWith("Neo.ClientError.")) {
            return new CypherRefusal(CypherRefusal.Reason.QUERY_FAILED, message);
        }
        return new CypherRefusal(CypherRefusal.Reason.QUERY_FAILED, "the database could not run the query ("
                + (code.isEmpty() ? "no code" : code) + ")");
    }

    static CypherRefusal timedOut(Duration timeout) {
        return new CypherRefusal(CypherRefusal.Reason.TIMED_OUT, "the query ran longer than " + timeout.toMillis()
                + " ms and was stopped (saidgraph.cypher.timeout); narrow it, e.g. avoid cartesian products");
    }

    /** The message without class names, stack traces or more than a few hundred characters. */
    static String clean(String message) {
        String text = message;
        int trace = text.indexOf("\n\tat ");
        if (trace >= 0) {
            text = text.substring(0, trace);
        }
        text = CLASS_NAME.matcher(text).replaceAll("");
        text = text.replaceAll("(?i)\\blucene\\b", "full-text").strip();
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "…" : text;
    }
}

package org.saidgraph.query.cypher;

/**
 * A Cypher query refused or stopped, with the reason why. The query layer says what happened; {@code api/} decides
 * which HTTP status that is.
 */
public class CypherRefusal extends RuntimeException {

    /** Why a query was not answered; each has the short title shown to the client. */
    public enum Reason {
        /** The request is not a JSON object of {@code query} and {@code parameters}. */
        MALFORMED_REQUEST("Unreadable request body"),
        /** No query, or a blank one. */
        MISSING_QUERY("Missing query"),
        /** Longer than {@code saidgraph.cypher.max-query-length}. */
        QUERY_TOO_LONG("Query too long"),
        /** It would write, read files or URLs, administer, or call what is not allowed. */
        NOT_READ_ONLY("Query refused"),
        /** It could loop or grow without bound inside one row, where the deadline cannot stop it. */
        UNBOUNDED_IN_ONE_ROW("Query refused"),
        /** Neo4j cannot parse it. */
        SYNTAX_ERROR("Cypher syntax error"),
        /** Neo4j refused it as a client error (unknown parameter, division by zero, ...). */
        QUERY_FAILED("Query failed"),
        /** It ran past {@code saidgraph.cypher.timeout}. */
        TIMED_OUT("Query timed out"),
        /** It needed more memory than one transaction may take. */
        TOO_MUCH_MEMORY("Query used too much memory"),
        /** Its first row alone is larger than the result may be. */
        RESULT_TOO_LARGE("Result too large"),
        /** {@code saidgraph.cypher.max-concurrent} queries are running already. */
        TOO_MANY_QUERIES("Too many queries"),
        /** The database cannot be reached or is busy; the same query may succeed later. */
        DATABASE_UNAVAILABLE("Database unavailable");

        private final String title;

        Reason(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Reason reason;

    public CypherRefusal(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

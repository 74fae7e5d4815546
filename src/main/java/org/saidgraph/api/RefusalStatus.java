package org.saidgraph.api;

import org.saidgraph.query.cypher.CypherRefusal;

/** The HTTP status of each reason a Cypher query is refused (docs/api.md, "Status codes"). */
final class RefusalStatus {

    private RefusalStatus() {
    }

    static int of(CypherRefusal.Reason reason) {
        return switch (reason) {
            case MALFORMED_REQUEST, MISSING_QUERY, QUERY_TOO_LONG, SYNTAX_ERROR, QUERY_FAILED -> 400;
            case NOT_READ_ONLY, UNBOUNDED_IN_ONE_ROW -> 403;
            case TIMED_OUT, TOO_MUCH_MEMORY, RESULT_TOO_LARGE -> 422;
            case TOO_MANY_QUERIES -> 429;
            case DATABASE_UNAVAILABLE -> 503;
        };
    }
}

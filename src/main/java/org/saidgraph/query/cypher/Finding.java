package org.saidgraph.query.cypher;

import java.util.List;

/** One reason a check refuses a query: which kind of refusal, and the sentence that explains it. */
public record Finding(CypherRefusal.Reason reason, String message) {

    /** The findings as one refusal: the first finding's reason, every message. */
    static CypherRefusal refusal(List<Finding> findings) {
        String detail = String.join("; ", findings.stream().map(Finding::message).distinct().toList());
        CypherRefusal.Reason reason = findings.get(0).reason();
        return new CypherRefusal(reason, reason == CypherRefusal.Reason.NOT_READ_ONLY
                ? "this endpoint is read-only: " + detail : detail);
    }
}

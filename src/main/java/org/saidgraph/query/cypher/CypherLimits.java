package org.saidgraph.query.cypher;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * The limits of {@code POST /api/cypher} ({@code saidgraph.cypher.*}; docs/api.md, "Configuration").
 *
 * @param timeout        the deadline of one query, planning included: the answer is 422 when it passes, whatever
 *                       the query is doing, and the database is asked to terminate the transaction
 * @param maxRows        the most rows returned; beyond that the result is truncated
 * @param maxBody        the largest request body, counted as it arrives; beyond that, 413
 * @param maxQueryLength the longest query, in characters
 * @param maxValues      the most values (each list item, map entry, property counts) in one result
 * @param maxResultBytes the largest result, as the JSON it is rendered to; rows beyond it are dropped (truncated),
 *                       and a first row larger than it is refused with 422
 * @param maxConcurrent  queries running at once; more get 429
 * @param maxRange       the most values a {@code range()} with literal bounds may produce outside
 *                       {@code UNWIND range(…) AS x}
 */
@ConfigurationProperties("saidgraph.cypher")
public record CypherLimits(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("10000") int maxRows,
        @DefaultValue("64KB") DataSize maxBody,
        @DefaultValue("20000") int maxQueryLength,
        @DefaultValue("1000000") long maxValues,
        @DefaultValue("8MB") DataSize maxResultBytes,
        @DefaultValue("4") int maxConcurrent,
        @DefaultValue("10000") int maxRange) {

    /** The defaults, as documented; for tests and the command line. */
    public static CypherLimits defaults() {
        return new CypherLimits(Duration.ofSeconds(10), 10_000, DataSize.ofKilobytes(64), 20_000, 1_000_000,
                DataSize.ofMegabytes(8), 4, 10_000);
    }
}

package org.saidgraph.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on HTTP requests outside {@code /api/cypher} (whose own are {@code saidgraph.cypher.*}): how large a body
 * each endpoint reads, counted in bytes as it arrives, and how many extractions run at once.
 *
 * @param extractMaxBody       the largest {@code /api/extract} or {@code /api/ingest} body; beyond it, 413
 * @param extractMaxConcurrent extractions ({@code /api/extract} and {@code /api/ingest}) running at once; more get
 *                             429 with Retry-After, since each takes a core for up to half a minute
 * @param otherMaxBody         the largest body of any other request (reads have none)
 */
@ConfigurationProperties("saidgraph.http")
public record HttpLimits(
        @DefaultValue("1MB") DataSize extractMaxBody,
        @DefaultValue("2") int extractMaxConcurrent,
        @DefaultValue("64KB") DataSize otherMaxBody) {
}

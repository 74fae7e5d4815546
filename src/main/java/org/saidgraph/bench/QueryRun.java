package org.saidgraph.bench;

/**
 * One kind of request at one corpus size: its latencies through HTTP with several clients at once, and the same
 * answers taken straight from the query services (the same Cypher through the same driver, without HTTP).
 *
 * @param endpoint the endpoint, such as {@code GET /api/people/{id}}
 * @param variant  which parameters: popular, rare, …
 * @param example  one of the requests sent
 */
public record QueryRun(int articles, long statements, String endpoint, String variant, String example,
                       Latencies http, Latencies driver, double loadAverage) {

    /** HTTP's median over the driver's: what the HTTP layer adds. */
    double httpOverDriver() {
        return http.p50() / Math.max(driver.p50(), 1e-9);
    }
}

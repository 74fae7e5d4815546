package org.saidgraph.bench;

/**
 * One kind of request at one corpus size: its latencies through HTTP with several clients at once, and the same
 * answers taken straight from the query services in the server's process, without HTTP: the same Cypher read the way
 * the server reads it (straight in its embedded database, graph.EmbeddedReads), so that HTTP ÷ direct is what HTTP
 * adds and nothing else.
 *
 * @param endpoint the endpoint, such as {@code GET /api/people/{id}}
 * @param variant  which parameters: popular, rare, …
 * @param example  one of the requests sent
 */
public record QueryRun(int articles, long statements, String endpoint, String variant, String example,
                       Latencies http, Latencies direct, double loadAverage) {

    /** HTTP's median over the direct call's: what the HTTP layer adds. */
    double httpOverDirect() {
        return http.p50() / Math.max(direct.p50(), 1e-9);
    }

    /**
     * The server's CPU per request through HTTP (the benchmark's own HTTP clients set apart) over the direct call's:
     * what serving through HTTP costs, steadier than latency on a shared machine.
     */
    double httpOverDirectCpu() {
        return http.serverCpuMillis() / Math.max(direct.cpuMillis(), 1e-9);
    }

    /**
     * CPU per request of the threads that answered, through HTTP (the server's Tomcat threads) over directly (the
     * calling threads): what HTTP adds to a request's own work, without the JIT compiler, the garbage collector and
     * the clients, which the process's CPU also counts.
     */
    double httpOverDirectRequestCpu() {
        return http.requestCpuMillis() / Math.max(direct.requestCpuMillis(), 1e-9);
    }
}

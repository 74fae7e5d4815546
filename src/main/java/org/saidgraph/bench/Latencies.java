package org.saidgraph.bench;

import java.util.Arrays;

/**
 * What many timed requests of one kind took: percentiles of their latency, and the throughput of all of them sent by
 * several clients at once.
 *
 * @param requests   requests timed
 * @param errors     requests that failed (an error status or an exception); they count in the latencies too
 * @param p50        median latency, milliseconds
 * @param throughput requests per second over the whole measured stretch
 * @param cpuMillis  CPU milliseconds per request of the whole process over the measured stretch (the benchmark's
 *                   JVM: server, database and, over HTTP, the clients too); on a machine shared with other work,
 *                   steadier than latency
 * @param clientCpuMillis of that, what the benchmark's own HTTP clients took (their sending threads and the
 *                   {@code java.net.http} client's threads), so that {@link #serverCpuMillis} is the server's alone;
 *                   0 for calls made straight to the query services, whose threads do the server's work
 * @param requestCpuMillis CPU milliseconds per request of the threads that answered the requests, and of nothing
 *                   else: over HTTP the server's Tomcat threads ({@code http-nio-…}: parsing, Spring MVC, the filters,
 *                   the query, Jackson, writing), directly the sending threads (the query and its records). It leaves
 *                   out what {@link #cpuMillis} also counts and the request did not do itself: the JIT compiler, which
 *                   compiles the whole HTTP stack during the first rows of a run, the garbage collector, and the
 *                   clients; so HTTP over direct by this figure is what HTTP adds to a request. A Tomcat thread that
 *                   ended during the run is not counted (Tomcat keeps its idle threads for a minute)
 */
public record Latencies(int requests, int errors, double p50, double p95, double p99, double max, double throughput,
                        double cpuMillis, double clientCpuMillis, double requestCpuMillis) {

    /** CPU milliseconds per request without the benchmark's own HTTP clients. */
    public double serverCpuMillis() {
        return cpuMillis - clientCpuMillis;
    }

    static Latencies of(long[] nanos, int errors, double seconds, double cpuSeconds, double clientCpuSeconds,
                        double requestCpuSeconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, errors, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                sorted.length / Math.max(seconds, 1e-9), sorted.length == 0 ? 0 : cpuSeconds * 1000 / sorted.length,
                sorted.length == 0 ? 0 : clientCpuSeconds * 1000 / sorted.length,
                sorted.length == 0 ? 0 : requestCpuSeconds * 1000 / sorted.length);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}

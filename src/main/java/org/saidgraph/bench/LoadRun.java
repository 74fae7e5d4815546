package org.saidgraph.bench;

import java.util.List;

/**
 * One way of loading one corpus into a fresh database, as measured.
 *
 * @param way            saidgraph, naive or raw
 * @param articles       articles in the corpus
 * @param statements     statements in the corpus
 * @param loaded         statements actually loaded: fewer than {@code statements} when the run was stopped at its
 *                       time budget and its time extrapolated
 * @param nodes          nodes in the database afterwards
 * @param relationships  relationships in the database afterwards
 * @param seconds        wall time, extrapolated to the whole corpus when {@code loaded < statements}
 * @param cpuSeconds     CPU time of the whole process (both cores) while loading what was loaded
 * @param peakHeapUsed   the most heap in use before a garbage collection
 * @param peakHeapLive   the most heap still in use after a garbage collection
 * @param databaseBytes  the database's size on disk afterwards
 * @param loadAverage    the machine's one-minute load average when the run started
 * @param progress       statements loaded against seconds elapsed, sampled along the run
 */
public record LoadRun(String way, int articles, long statements, long loaded, long nodes, long relationships,
               double seconds, double cpuSeconds, long peakHeapUsed, long peakHeapLive, long databaseBytes,
               double loadAverage, List<double[]> progress) {

    boolean extrapolated() {
        return loaded < statements;
    }

    double statementsPerSecond() {
        return statements / seconds;
    }

    /** Microseconds per statement over the last tenth of the run against the first tenth after warm-up. */
    double lateOverEarly() {
        if (progress.size() < 4) {
            return Double.NaN;
        }
        double total = progress.get(progress.size() - 1)[0];
        return costBetween(0.1 * total, 0.2 * total) > 0 ? costBetween(0.9 * total, total)
                / costBetween(0.1 * total, 0.2 * total) : Double.NaN;
    }

    /** Seconds per statement between two points of progress, from the samples around them. */
    double costBetween(double from, double to) {
        double[] a = at(from);
        double[] b = at(to);
        return b[0] > a[0] ? (b[1] - a[1]) / (b[0] - a[0]) : 0;
    }

    private double[] at(double statementsDone) {
        for (double[] sample : progress) {
            if (sample[0] >= statementsDone) {
                return sample;
            }
        }
        return progress.get(progress.size() - 1);
    }
}

package org.saidgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * CPU time of the threads of a load, sampled along it: the loading thread's against the statements written (so that
 * the cost per statement early and late in the load is told in CPU, which a shared machine distorts less than wall
 * time), and the reader threads' (reading, validating and fingerprinting the datasets before the loading thread
 * gets them), which {@link TimedTransactions} does not see. A thread's CPU is read while it lives; the readers'
 * are kept at their last sample, so up to a second of their work at the very end is missed.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long loading;
    private final String readerPrefix;
    private final List<long[]> samples = new CopyOnWriteArrayList<>(); // {statements, loading thread CPU ns}
    private final Map<Long, Long> readers = new ConcurrentHashMap<>(); // thread id -> CPU ns at its last sample

    ThreadCpu(Thread loading, String readerPrefix) {
        this.loading = loading.getId();
        this.readerPrefix = readerPrefix;
    }

    void sample(long statements) {
        samples.add(new long[]{statements, THREADS.getThreadCpuTime(loading)});
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(readerPrefix)) {
                long ns = THREADS.getThreadCpuTime(t.getId());
                if (ns > 0) {
                    readers.merge(t.getId(), ns, Math::max);
                }
            }
        }
    }

    /** Loading-thread CPU per statement over a share of the statements written, in microseconds. */
    double microsBetween(double from, double to) {
        long[] a = at(from);
        long[] b = at(to);
        return b[0] > a[0] ? (b[1] - a[1]) / 1e3 / (b[0] - a[0]) : Double.NaN;
    }

    private long[] at(double statements) {
        for (long[] s : samples) {
            if (s[0] >= statements) {
                return s;
            }
        }
        return samples.get(samples.size() - 1);
    }

    List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  %-32s %9.1f", "reader threads (read, validate, fingerprint)",
                readers.values().stream().mapToLong(Long::longValue).sum() / 1e9));
        if (samples.size() >= 10) {
            double total = samples.get(samples.size() - 1)[0];
            StringBuilder line = new StringBuilder("  loading-thread CPU per statement by tenth of the load, µs:");
            for (int tenth = 0; tenth < 10; tenth++) {
                line.append(String.format(Locale.ROOT, " %.0f", microsBetween(tenth * total / 10,
                        (tenth + 1) * total / 10)));
            }
            lines.add(line.toString());
            lines.add(String.format(Locale.ROOT, "  late (last tenth) ÷ early (second tenth): %.2f",
                    microsBetween(0.9 * total, total) / microsBetween(0.1 * total, 0.2 * total)));
        }
        return lines;
    }
}

package org.saidgraph.bench;

import org.saidgraph.load.Counts;
import org.saidgraph.load.LoadTransactions;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The loader's transactions, each query timed by its name, in wall and in CPU time of the loading thread: on a shared
 * machine the wall time says more about the neighbours than about the loader, CPU time less so. Besides the queries,
 * {@code (commit)} is the commit (where Neo4j writes the full-text indexes), and {@code (java)} the loader's own work
 * between queries (planning, link keys, linking decisions).
 */
final class TimedTransactions implements LoadTransactions {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final LoadTransactions inner;
    // name -> {calls, wall ns, cpu ns, rows, list items, kernel cpu ns}
    private final Map<String, long[]> times = new TreeMap<>();

    TimedTransactions(LoadTransactions inner) {
        this.inner = inner;
    }

    @Override
    public boolean soleWriter() {
        return inner.soleWriter();
    }

    @Override
    public <T> T write(Function<Tx, T> work) {
        long[] inWork = new long[3];
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long kernel = kernelTime();
        T result = inner.write(tx -> {
            long w = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            long k = kernelTime();
            long[] queries = new long[3];
            T value = work.apply(new TimedTx(tx, queries));
            long dw = System.nanoTime() - w;
            long dc = THREADS.getCurrentThreadCpuTime() - c;
            long dk = kernelTime() - k;
            inWork[0] += dw;
            inWork[1] += dc;
            inWork[2] += dk;
            add("(java)", dw - queries[0], dc - queries[1], 0, 0, dk - queries[2]);
            return value;
        });
        add("(commit)", System.nanoTime() - wall - inWork[0], THREADS.getCurrentThreadCpuTime() - cpu - inWork[1], 0, 0,
                kernelTime() - kernel - inWork[2]);
        return result;
    }

    /** One line per query, the costliest in CPU first, with its share of the whole. */
    List<String> report() {
        List<Map.Entry<String, long[]>> rows;
        synchronized (times) {
            rows = new ArrayList<>(times.entrySet());
        }
        rows.sort((a, b) -> Long.compare(b.getValue()[2], a.getValue()[2]));
        double totalCpu = rows.stream().mapToLong(e -> e.getValue()[2]).sum() / 1e9;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  %-32s %7s %9s %9s %6s %9s %10s %10s", "query", "calls", "wall s",
                "CPU s", "CPU %", "kernel s", "rows", "given"));
        for (Map.Entry<String, long[]> e : rows) {
            long[] t = e.getValue();
            lines.add(String.format(Locale.ROOT, "  %-32s %7d %9.1f %9.1f %5.1f%% %9.1f %10d %10d", e.getKey(), t[0],
                    t[1] / 1e9, t[2] / 1e9, 100 * t[2] / 1e9 / Math.max(totalCpu, 1e-9), t[5] / 1e9, t[3], t[4]));
        }
        lines.add("  (kernel: the part of the CPU time spent in the operating system, such as writing and syncing files;"
                + " rows: what the queries returned; given: the items of their list parameters)");
        lines.add(String.format(Locale.ROOT, "  %-32s %7s %9s %9.1f", "loading thread, all", "", "", totalCpu));
        return lines;
    }

    private void add(String name, long wall, long cpu, long rowCount, long given, long kernel) {
        synchronized (times) {
            long[] t = times.computeIfAbsent(name, k -> new long[6]);
            t[0]++;
            t[1] += wall;
            t[2] += cpu;
            t[3] += rowCount;
            t[4] += given;
            t[5] += kernel;
        }
    }

    /** The loading thread's CPU time in the operating system (its CPU time less its user time), in nanoseconds. */
    private static long kernelTime() {
        return THREADS.getCurrentThreadCpuTime() - THREADS.getCurrentThreadUserTime();
    }

    /** The rows a query returned (none for one run only for its effect). */
    private static long rowCount(Object result) {
        if (result instanceof Written written) {
            return written.rows().size();
        }
        return result instanceof List<?> list ? list.size() : 0;
    }

    /** The items of a query's list parameters: how much it was asked. */
    private static long given(Map<String, Object> parameters) {
        return parameters.values().stream().mapToLong(v -> v instanceof java.util.Collection<?> c ? c.size() : 0).sum();
    }

    private final class TimedTx implements Tx {
        private final Tx inner;
        private final long[] spent;

        TimedTx(Tx inner, long[] spent) {
            this.inner = inner;
            this.spent = spent;
        }

        private <R> R timed(String name, Map<String, Object> parameters, java.util.function.Supplier<R> call) {
            long w = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            long k = kernelTime();
            R result = call.get();
            long wall = System.nanoTime() - w;
            long cpu = THREADS.getCurrentThreadCpuTime() - c;
            long kernel = kernelTime() - k;
            spent[0] += wall;
            spent[1] += cpu;
            spent[2] += kernel;
            add(name, wall, cpu, rowCount(result), given(parameters), kernel);
            return result;
        }

        @Override
        public List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
            return timed(query, parameters, () -> inner.rows(query, parameters));
        }

        @Override
        public List<Map<String, Object>> committedRows(String query, Map<String, Object> parameters) {
            return timed(query + " (committed)", parameters, () -> inner.committedRows(query, parameters));
        }

        @Override
        public Written written(String query, Map<String, Object> parameters) {
            return timed(query, parameters, () -> inner.written(query, parameters));
        }

        @Override
        public Counts run(String query, Map<String, Object> parameters) {
            return timed(query, parameters, () -> inner.run(query, parameters));
        }

        @Override
        public Counts runScript(String script) {
            return timed(script, Map.of(), () -> inner.runScript(script));
        }
    }
}

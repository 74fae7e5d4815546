package org.saidgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Several clients sending requests at once, each as soon as its previous one is answered, until a given number have
 * been sent; each request is timed. The requests go round a list of prepared ones (different parameters).
 */
final class Clients {

    private Clients() {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The embedded Tomcat's threads (request workers, poller, acceptor): every request's work over HTTP. */
    private static final String SERVER_THREADS = "http-nio-";

    /**
     * Sends {@code count} requests from {@code clients} threads; {@code send} answers true for success. The first
     * {@code warmUp} requests are sent and not timed. With {@code overHttp}, the CPU of the sending threads and of
     * the {@code java.net.http} client's own threads ({@code HttpClient-…}) is counted apart as the clients'; without,
     * the sending threads run the server's own code and nothing is set apart.
     */
    static <R> Latencies run(int clients, int warmUp, int count, List<R> requests, Function<R, Boolean> send,
                             boolean overHttp) {
        for (int i = 0; i < warmUp; i++) {
            send.apply(requests.get(i % requests.size()));
        }
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        AtomicLong sendersCpu = new AtomicLong();
        Map<Long, Long> httpClientBefore = threadsCpu("HttpClient-");
        Map<Long, Long> serverBefore = threadsCpu(SERVER_THREADS);
        long started = System.nanoTime();
        long cpu = Measure.cpu();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            ok = send.apply(requests.get(i % requests.size()));
                        } catch (RuntimeException e) {
                            ok = false;
                        }
                        nanos[i] = System.nanoTime() - t0;
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    sendersCpu.addAndGet(THREADS.getCurrentThreadCpuTime());
                    done.countDown();
                }
            }, "saidgraph-bench-client-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long processCpu = Measure.cpu() - cpu;
        double seconds = (System.nanoTime() - started) / 1e9;
        long clientsCpu = 0;
        if (overHttp) {
            // A client thread that ended in between is not counted: the clients' share is then a lower bound.
            clientsCpu = sendersCpu.get() + grown(httpClientBefore, threadsCpu("HttpClient-"));
        }
        long requestCpu = overHttp ? grown(serverBefore, threadsCpu(SERVER_THREADS)) : sendersCpu.get();
        return Latencies.of(nanos, errors.get(), seconds, processCpu / 1e9, clientsCpu / 1e9, requestCpu / 1e9);
    }

    /**
     * Sends requests from {@code clients} threads for {@code budget}, untimed, going round {@code requests}; failures
     * are ignored (the timed run counts them). So that the JIT has compiled what every request runs before any is
     * timed.
     */
    static <R> void warm(int clients, Duration budget, List<R> requests, Function<R, Boolean> send) {
        long deadline = System.nanoTime() + budget.toNanos();
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        send.apply(requests.get(Math.floorMod(next.getAndIncrement(), requests.size())));
                    } catch (RuntimeException e) {
                        // counted in the timed run
                    }
                }
            }, "saidgraph-bench-warm-up-" + c);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** How much CPU the threads of {@code after} took since {@code before} (a thread new since counts whole). */
    private static long grown(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> thread : after.entrySet()) {
            sum += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return sum;
    }

    /** CPU nanoseconds so far of each live thread whose name starts with {@code prefix}, by thread id. */
    private static Map<Long, Long> threadsCpu(String prefix) {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                long nanos = THREADS.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }
}

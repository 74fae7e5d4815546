package org.saidgraph.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CPU that {@code bench query} counts on the answering threads: directly the sending threads' own, over HTTP the
 * server's Tomcat threads' ({@code http-nio-…}) and nothing else, so that neither other threads' work (the JIT
 * compiler, the garbage collector, the clients) nor idle time is counted as a request's.
 */
class ClientsTest {

    /** The send function of these tests: burns the request's number of milliseconds of CPU. */
    private static final Function<Long, Boolean> BURN = ClientsTest::burn;

    /** Spins for about {@code millis} of CPU on the calling thread. */
    static boolean burn(long millis) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            x += System.nanoTime() % 7;
        }
        return x >= 0;
    }

    @Test
    void aDirectCallsAnsweringCpuIsWhatItsSendingThreadsSpent() {
        int count = 60;
        Latencies l = Clients.run(2, 0, count, List.of(3L), BURN, false);

        assertThat(l.requestCpuMillis()).isBetween(2.5, 5.0);
        // The process's CPU time comes from the kernel in clock ticks (10 ms on Linux), the threads' to the
        // nanosecond: over the whole run the process may show up to two ticks less than its sending threads spent.
        double processTotal = l.cpuMillis() * count;
        double sendersTotal = l.requestCpuMillis() * count;
        assertThat(processTotal).isGreaterThanOrEqualTo(sendersTotal - 20);
    }

    @Test
    void overHttpOnlyTheServersTomcatThreadsCountNotTheSendersNorOtherThreads() throws Exception {
        // Stands in for a Tomcat worker: each request spends 1 ms of CPU on it while the sender spends 3 ms of its
        // own and waits; another thread spends CPU all along, as the JIT compiler or the garbage collector would.
        ExecutorService tomcat = Executors.newSingleThreadExecutor(
                r -> new Thread(r, "http-nio-127.0.0.1-auto-1-exec-1"));
        CountDownLatch stop = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            while (stop.getCount() > 0) {
                burn(1);
            }
        }, "C2 CompilerThread0");
        other.start();
        try {
            Latencies l = Clients.run(1, 0, 20, List.of(3L), ms -> {
                try {
                    return burn(ms) && tomcat.submit(() -> burn(1)).get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, true);

            assertThat(l.requestCpuMillis()).isBetween(0.7, 1.6);
            assertThat(l.clientCpuMillis()).isGreaterThanOrEqualTo(2.5);
            assertThat(l.cpuMillis() - l.clientCpuMillis()).isGreaterThan(l.requestCpuMillis());
        } finally {
            stop.countDown();
            other.join();
            tomcat.shutdownNow();
        }
    }

    @Test
    void theWarmUpSendsForItsBudgetFromEveryClientAndOutlivesFailures() {
        Set<String> senders = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        long started = System.nanoTime();

        Clients.warm(3, Duration.ofMillis(300), List.of("a", "b"), r -> {
            senders.add(Thread.currentThread().getName());
            if (sent.incrementAndGet() % 2 == 0) {
                throw new IllegalStateException("a failed request");
            }
            return burn(1);
        });

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(millis).isGreaterThanOrEqualTo(300);
        assertThat(sent.get()).isGreaterThan(3);
        assertThat(senders).hasSize(3);
    }
}

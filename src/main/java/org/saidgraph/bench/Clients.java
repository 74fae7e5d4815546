package org.saidgraph.bench;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Several clients sending requests at once, each as soon as its previous one is answered, until a given number have
 * been sent; each request is timed. The requests go round a list of prepared ones (different parameters).
 */
final class Clients {

    private Clients() {
    }

    /**
     * Sends {@code count} requests from {@code clients} threads; {@code send} answers true for success. The first
     * {@code warmUp} requests are sent and not timed.
     */
    static <R> Latencies run(int clients, int warmUp, int count, List<R> requests, Function<R, Boolean> send) {
        for (int i = 0; i < warmUp; i++) {
            send.apply(requests.get(i % requests.size()));
        }
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
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
        return Latencies.of(nanos, errors.get(), (System.nanoTime() - started) / 1e9, (Measure.cpu() - cpu) / 1e9);
    }
}

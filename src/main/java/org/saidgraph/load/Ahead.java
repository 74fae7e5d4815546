package org.saidgraph.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to items on a few threads, at most a bounded number of items ahead of the consumer, which gets
 * the results in the items' order: reading and validating files while earlier ones are written, without ever holding
 * more than that many results in memory.
 */
public final class Ahead implements AutoCloseable {

    private final ExecutorService pool;
    private final int ahead;

    /** {@code threads} workers, each allowed {@code perThread} results ahead of the consumer. */
    public Ahead(int threads, int perThread, String threadName) {
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        this.ahead = Math.max(2, threads * perThread);
    }

    /** Runs {@code work} on each item and passes the results, in order, to {@code consumer} on this thread. */
    public <T, R> void each(List<T> items, Function<T, R> work, Consumer<R> consumer) {
        Deque<Future<R>> pending = new ArrayDeque<>();
        int next = 0;
        while (next < items.size() || !pending.isEmpty()) {
            while (next < items.size() && pending.size() < ahead) {
                T item = items.get(next++);
                pending.add(pool.submit(() -> work.apply(item)));
            }
            consumer.accept(take(pending.removeFirst()));
        }
    }

    private static <R> R take(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

package org.saidgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wall time, process CPU time and heap of one measured run. The peak is watched through the garbage collector's own
 * reports: the most heap in use before a collection (the room the JVM needed, garbage included). The live heap is
 * probed: every {@link #LIVE_PROBE_EVERY} a full collection is forced and what remains in use is what the run holds.
 * (The heap left after any collection is not that: a young collection leaves the old generation's garbage in place,
 * so that figure measured how seldom old-generation cycles ran; the raw way, which holds nothing, read 2 GiB by it.)
 * The forced collections cost a little CPU, which the run's CPU time includes.
 */
final class Measure implements AutoCloseable {

    private final long startNanos = System.nanoTime();
    private final long startCpu = cpu();
    private final double startLoad = loadAverage();
    private final AtomicLong peakUsed = new AtomicLong(used());
    private final AtomicLong peakLive = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final ScheduledExecutorService liveProbe = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-live-heap-probe");
        thread.setDaemon(true);
        return thread;
    });

    /** How often the live heap is probed with a forced full collection. */
    static final Duration LIVE_PROBE_EVERY = Duration.ofSeconds(15);

    Measure() {
        liveProbe.scheduleAtFixedRate(this::probeLive, LIVE_PROBE_EVERY.toMillis(), LIVE_PROBE_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = this::collected;
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // Already gone.
                    }
                });
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        peakUsed.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
    }

    /** Forces a full collection and records what is still in use: the heap the run holds at this moment. */
    void probeLive() {
        System.gc();
        peakLive.accumulateAndGet(used(), Math::max);
    }

    /** A collection reports every memory pool, metaspace and code cache too; only the heap's count here. */
    private static long heap(java.util.Map<String, MemoryUsage> pools) {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pools.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && usage != null) {
                total += usage.getUsed();
            }
        }
        return total;
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    double cpuSeconds() {
        return (cpu() - startCpu) / 1e9;
    }

    double startLoad() {
        return startLoad;
    }

    long peakHeapUsed() {
        return Math.max(peakUsed.get(), used());
    }

    /** The most heap found live by a probe; a run too short for a periodic probe is probed once when asked. */
    long peakHeapLive() {
        if (peakLive.get() == 0) {
            probeLive();
        }
        return peakLive.get();
    }

    @Override
    public void close() {
        liveProbe.shutdownNow();
        unsubscribe.forEach(Runnable::run);
    }
}

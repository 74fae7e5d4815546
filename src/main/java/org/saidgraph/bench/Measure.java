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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wall time, process CPU time and heap of one measured run. Heap is watched through the garbage collector's own
 * reports: the most heap in use before a collection (the peak the JVM needed room for, garbage included) and the most
 * still in use after one (what was live).
 */
final class Measure implements AutoCloseable {

    private final long startNanos = System.nanoTime();
    private final long startCpu = cpu();
    private final double startLoad = loadAverage();
    private final AtomicLong peakUsed = new AtomicLong(used());
    private final AtomicLong peakLive = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();

    Measure() {
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
        peakLive.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
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

    long peakHeapLive() {
        return peakLive.get();
    }

    @Override
    public void close() {
        unsubscribe.forEach(Runnable::run);
    }
}

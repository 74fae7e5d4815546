package org.saidgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on, as BENCHMARKS.md states it beside the figures. */
public record Machine(String cpu, int cores, long memoryBytes, String java, String os, String heapMax) {

    static Machine here() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse(cpu);
        } catch (IOException | RuntimeException ignored) {
            // Not Linux: the other fields still say enough.
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
    }

    String line() {
        return String.format(Locale.ROOT, "%s, %d cores, %.0f GiB; %s (max heap %s); %s", cpu, cores,
                memoryBytes / (double) (1L << 30), java, heapMax, os);
    }
}

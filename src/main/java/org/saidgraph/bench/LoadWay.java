package org.saidgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One way of loading a corpus, measured by {@link LoadBench}. */
interface LoadWay {

    /** saidgraph, naive or raw. */
    String name();

    /**
     * Loads the datasets of {@code corpus} into {@code database}, adding a sample of (statements loaded, seconds
     * elapsed) to {@code progress} now and then; stops once {@code budget} has passed (the rest is then extrapolated)
     * and returns the statements loaded.
     */
    long load(List<Path> files, BenchDatabase database, Progress progress, Duration budget);

    /** Samples of progress, taken by the way or by a timer, in statements loaded and seconds since the start. */
    final class Progress {
        private final long started = System.nanoTime();
        private final List<double[]> samples = new java.util.concurrent.CopyOnWriteArrayList<>();

        void sample(long statements) {
            samples.add(new double[]{statements, (System.nanoTime() - started) / 1e9});
        }

        List<double[]> samples() {
            return List.copyOf(samples);
        }
    }

}

package org.saidgraph.load;

import java.time.Duration;
import java.util.Locale;

/**
 * What a directory load did.
 *
 * @param files      dataset files found
 * @param unchanged  articles whose dataset had been loaded before, including the {@code notReread} files skipped
 *                   because their size and modification time had not changed since
 * @param rejected   files refused, for being invalid or for conflicting with the graph
 * @param statements statements written (of created and updated articles)
 */
public record LoadSummary(int files, int created, int updated, int unchanged, int notReread, int rejected,
                          long statements, Duration elapsed) {

    public double statementsPerSecond() {
        return statements / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }

    public double articlesPerSecond() {
        return (created + updated) / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d created, %d updated, %d unchanged%s, %d rejected; %d statements in %.1f s"
                        + " (%s statements/s, %s articles/s)", created, updated, unchanged,
                notReread == 0 ? "" : " (" + notReread + " not re-read)", rejected, statements,
                elapsed.toNanos() / 1e9, Rate.perSecond(statementsPerSecond()), Rate.perSecond(articlesPerSecond()));
    }
}

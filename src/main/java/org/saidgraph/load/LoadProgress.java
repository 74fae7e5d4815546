package org.saidgraph.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Shows how far a directory load has got: on a terminal a bar redrawn in place a few times a second, otherwise a line
 * every few seconds (to a log, or to a file or pipe). Both say files done of all, articles and statements written per
 * second, and the time left at the present pace.
 */
public final class LoadProgress implements AutoCloseable {

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong statements = new AtomicLong();
    private final long started = System.nanoTime();
    private final Consumer<String> sink;
    /** Where a bar is drawn; null for lines. */
    private final PrintStream terminal;
    private final ScheduledExecutorService ticker;

    private LoadProgress(Consumer<String> sink, PrintStream terminal, Duration every) {
        this.sink = sink;
        this.terminal = terminal;
        if (sink == null) {
            ticker = null;
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "saidgraph-load-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::show, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A bar on a terminal ({@code out} is one), redrawn five times a second. */
    public static LoadProgress bar(PrintStream out) {
        return new LoadProgress(line -> {
            // Back to the start of the line, the new bar, then erase what a longer previous one left.
            out.print("\r" + line + "\u001b[K");
            out.flush();
        }, out, Duration.ofMillis(200));
    }

    /** A line every {@code every}, such as to a log. */
    public static LoadProgress lines(Consumer<String> sink, Duration every) {
        return new LoadProgress(sink, null, every);
    }

    /** Counts without showing anything. */
    public static LoadProgress silent() {
        return new LoadProgress(null, null, Duration.ZERO);
    }

    void total(long files) {
        total.set(files);
    }

    void filesDone(long count) {
        done.addAndGet(count);
    }

    void written(long articleCount, long statementCount) {
        articles.addAndGet(articleCount);
        statements.addAndGet(statementCount);
    }

    /** Statements written so far (of created and updated articles). */
    public long statementsWritten() {
        return statements.get();
    }

    private void show() {
        sink.accept(render(terminal != null, total.get(), done.get(), articles.get(), statements.get(),
                Duration.ofNanos(System.nanoTime() - started)));
    }

    /** One progress line; for a bar, with the bar. */
    static String render(boolean bar, long total, long done, long articles, long statements, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        double filesPerSecond = done / seconds;
        String eta = done == 0 || done >= total ? "--:--"
                : clock(Duration.ofSeconds(Math.round((total - done) / filesPerSecond)));
        String counts = String.format(Locale.ROOT, "%d/%d files  %s articles/s  %s statements/s  %s elapsed  ETA %s",
                done, total, Rate.perSecond(articles / seconds), Rate.perSecond(statements / seconds), clock(elapsed),
                eta);
        if (!bar) {
            return "Loading datasets: " + counts;
        }
        int width = 30;
        int filled = total == 0 ? width : (int) (width * Math.min(1.0, (double) done / total));
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                + String.format(Locale.ROOT, "%3d%% ", total == 0 ? 100 : Math.round(100.0 * done / total)) + counts;
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    /** Stops showing; a bar is drawn once more, complete, and its line ended. */
    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        if (terminal != null) {
            show();
            terminal.println();
        }
    }
}

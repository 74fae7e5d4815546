package org.saidgraph.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * What one proof showed: its figures (what was done and measured) and its violations (what did not hold). A proof
 * holds when it has no violation.
 *
 * @param item    the item it proves, such as "1"
 * @param title   what it proves, in a few words
 * @param figures what it did and measured, in order
 * @param violations what did not hold; empty when the proof holds
 * @param seconds how long it took
 */
public record Proof(String item, String title, List<Figure> figures, List<String> violations, long seconds) {

    /** One line of a proof's table: what, and how many or how much. */
    public record Figure(String what, String value) {
    }

    public boolean holds() {
        return violations.isEmpty();
    }

    /** The value of the figure named {@code what}; fails when there is none, so that a test names what it misses. */
    public String figure(String what) {
        return figures.stream().filter(f -> f.what().equals(what)).map(Figure::value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure '" + what + "' in " + figures));
    }

    /** Collects a proof's figures and violations as it runs. */
    static final class Builder {

        private final String item;
        private final String title;
        private final long started = System.nanoTime();
        private final List<Figure> figures = new ArrayList<>();
        private final List<String> violations = new ArrayList<>();

        Builder(String item, String title) {
            this.item = item;
            this.title = title;
        }

        Builder figure(String what, Object value) {
            figures.add(new Figure(what, value instanceof Number n && !(value instanceof Double)
                    ? String.format(java.util.Locale.ROOT, "%,d", n.longValue()) : String.valueOf(value)));
            return this;
        }

        /** Records {@code violation} unless {@code holds}. */
        Builder require(boolean holds, String violation) {
            if (!holds) {
                violations.add(violation);
            }
            return this;
        }

        Builder violations(List<String> more) {
            violations.addAll(more);
            return this;
        }

        Proof build() {
            return new Proof(item, title, List.copyOf(figures), List.copyOf(violations),
                    (System.nanoTime() - started) / 1_000_000_000);
        }
    }
}

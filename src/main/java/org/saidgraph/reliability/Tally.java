package org.saidgraph.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of answers by status and their times, kept by several threads at once, with the first few unexpected ones
 * kept whole to say what went wrong.
 */
final class Tally {

    private static final int SAMPLES = 5;

    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final List<Long> nanos = new ArrayList<>();
    private final List<String> unexpected = new ArrayList<>();
    private int count;

    synchronized void add(String endpoint, Http.Answer answer, boolean expected) {
        count++;
        statuses.computeIfAbsent(endpoint, e -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
        nanos.add(answer.nanos());
        if (!expected && unexpected.size() < SAMPLES) {
            String body = answer.body() == null ? "" : answer.body();
            unexpected.add(endpoint + " answered " + (answer.status() == Http.NO_ANSWER ? "nothing" : answer.status())
                    + " after " + answer.millis() + " ms: " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
    }

    synchronized int count() {
        return count;
    }

    /** How many answers had a status for which {@code test} holds. */
    synchronized int count(java.util.function.IntPredicate test) {
        return statuses.values().stream().flatMap(m -> m.entrySet().stream()).filter(e -> test.test(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    synchronized int endpoints() {
        return statuses.size();
    }

    synchronized List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    /** The {@code p}-th percentile of the times, in milliseconds, such as "12 ms". */
    synchronized String percentile(double p) {
        if (nanos.isEmpty()) {
            return "-";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        long value = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1));
        return String.format(Locale.ROOT, "%,d ms", Math.max(0, value) / 1_000_000);
    }

    /** Statuses per endpoint, such as "/api/search 200×412". */
    synchronized String byEndpoint() {
        List<String> parts = new ArrayList<>();
        statuses.forEach((endpoint, byStatus) -> {
            List<String> counts = new ArrayList<>();
            byStatus.forEach((status, n) -> counts.add((status == Http.NO_ANSWER ? "none" : status) + "×" + n));
            parts.add(endpoint + " " + String.join(" ", counts));
        });
        return String.join("; ", parts);
    }
}

package org.saidgraph.generate;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws items by a Zipf law: the k-th item (from 1) with a weight of 1/k^exponent. With exponent 1 over a few thousand
 * items, the first takes about a tenth of all draws and the first ten about a third, as a handful of people say most
 * of what the news reports. Exponent 0 is uniform.
 */
final class Zipf<T> {

    private final List<T> items;
    private final double[] cumulative;

    Zipf(List<T> items, double exponent) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int k = 0; k < items.size(); k++) {
            sum += 1 / Math.pow(k + 1, exponent);
            cumulative[k] = sum;
        }
    }

    T draw(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, u);
        return items.get(Math.min(at < 0 ? -at - 1 : at, items.size() - 1));
    }

    List<T> items() {
        return items;
    }
}

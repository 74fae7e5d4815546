package org.saidgraph.load;

import java.util.Locale;

/** A rate as the load's progress and summary print it. */
final class Rate {

    private Rate() {
    }

    /**
     * Whole numbers from 10 up; one decimal below, so that one article loaded in 4 s reads "0.3 articles/s", not
     * "0 articles/s", which says nothing was loaded.
     */
    static String perSecond(double rate) {
        if (rate == 0 || rate >= 10) {
            return String.format(Locale.ROOT, "%.0f", rate);
        }
        return String.format(Locale.ROOT, "%.1f", rate);
    }
}

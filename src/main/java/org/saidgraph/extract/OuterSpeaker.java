package org.saidgraph.extract;

import java.util.List;

/**
 * Rule quote-last-outer-speaker: when the last statement before a cueless quotation is a reported clause nested in
 * another speaker's reported clause ("Roe said that critics had long predicted a retreat, but it would not come."),
 * the one still speaking is the outer speaker, Roe, not the critics she reports; the quotation that follows goes on
 * in her voice.
 */
final class OuterSpeaker {

    private OuterSpeaker() {
    }

    /** The speaker of the statement around the last one before the quotation, when that one is nested; else null. */
    static String of(QuoteSieves.Context c) {
        Found last = null;
        for (List<Found> list : List.of(c.draft().statements, c.made())) {
            for (Found f : list) {
                if (!f.quoteOnly && f.start < c.quote().open() && f.speaker != null
                        && (last == null || f.start > last.start)) {
                    last = f;
                }
            }
        }
        if (last == null || last.verbatim) {
            return null;
        }
        for (List<Found> list : List.of(c.draft().statements, c.made())) {
            for (Found f : list) {
                if (f != last && !f.quoteOnly && !f.verbatim && f.speaker != null && !f.speaker.equals(last.speaker)
                        && f.start < last.start && last.end <= f.end) {
                    return f.speaker;
                }
            }
        }
        return null;
    }
}

package org.saidgraph.extract;

import java.util.List;

/**
 * Step {@code quotation-lead-in}: a reported statement that ends with a quotation, and whose words before that
 * quotation are the reporter's lead-in to it, is the quotation alone. Two lead-ins are the reporter's:
 * <ul>
 *   <li>narration set off by a colon, a dash or an opening parenthesis right before the quotation ("…ran a campaign
 *   for the book: “…,” the pitch said."; "… like the old strongmen – “…,” she said –"; "(“…,” wrote a member"),
 *   unless the statement was read after its cue and the lead-in is a clause with a verb ("said the report was held
 *   back: “…”": that clause is what was said);</li>
 *   <li>narration that holds the statement's own speech cue, then only its hearer, topic or occasion and a comma
 *   ("Soon after the vote, Roe wrote to her followers, “…”"), before a quotation that opens a sentence of its own:
 *   the verb that attributes words is never part of them.</li>
 * </ul>
 * Learned on PolNeAR train, where such statements ran from the sentence's start and PolNeAR's content is the
 * quotation alone. A mixed quotation whose narration leads into the quoted words without such a break ("the quay is
 * less apt to be “swamped,” she said") keeps its narration. Applied after {@link StatementStarts}; the step
 * records its name in {@link Found#trimmedBy}.
 */
final class QuotationLeadIn {

    static final String NAME = "quotation-lead-in";

    private QuotationLeadIn() {
    }

    /** Moves the start of each statement of {@code statements} that the step applies to. */
    static void apply(Draft draft, List<Found> statements) {
        for (Found f : statements) {
            int start = start(draft, f);
            if (start > f.start && start < f.end) {
                f.moveStart(start, NAME);
            }
        }
    }

    /** Where {@code f} begins when it is a lead-in and the quotation that closes it, or -1. */
    static int start(Draft draft, Found f) {
        if (f.verbatim || f.quoteOnly || f.parts.size() > 1) {
            return -1;
        }
        String text = draft.text;
        Quote last = null;
        for (Quote q : draft.quotes) {
            if (q.nested() || q.after() <= f.start || q.open() >= f.end) {
                continue;
            }
            if (last != null || q.open() < f.start) {
                return -1; // two quotations, or one the statement starts inside: not a lead-in and its quotation
            }
            last = q;
        }
        if (last == null || last.open() <= f.start || last.close() >= text.length()
                || !StatementFeatures.blank(text, last.after(), f.end)) {
            return -1;
        }
        String leadIn = text.substring(f.start, last.open()).stripTrailing();
        if (leadIn.isEmpty()) {
            return -1;
        }
        char c = leadIn.charAt(leadIn.length() - 1);
        String dash = leadIn.endsWith(" --") ? "--" : leadIn.endsWith(" -") ? "-"
                : c == '—' || c == '–' ? String.valueOf(c) : null;
        // A dash that closes an aside opened by another ("A -- when … -- “B”") is not a lead-in's.
        boolean setOff = c == ':' || c == '(' || dash != null
                && !leadIn.substring(0, leadIn.length() - dash.length()).contains(dash);
        // The cue after the quotation or inside the lead-in, or a lead-in with no verb ("responded, with a smile:"):
        // the lead-in is the reporter's. Read after its cue, a lead-in with a verb is a clause of what was said.
        if (setOff && (f.cue >= f.start || !hasVerb(draft, f.start, last.open()))) {
            return last.open();
        }
        return cueLeadsIn(text, f, leadIn) && opensSentence(text, last) ? last.open() : -1;
    }

    /**
     * True when a verb stands between {@code from} and {@code to}: a statement read after its cue ("said the filing
     * was stuck in review: “…”") whose lead-in is a clause of its own is that clause with the quotation after it.
     */
    private static boolean hasVerb(Draft draft, int from, int to) {
        Analysis a = draft.analysis;
        for (int t = Math.max(0, a.tokenAt(from)); t < a.tokens().size() && a.token(t).start() < to; t++) {
            if (a.token(t).tag().startsWith("VB") && a.token(t).start() >= from) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the statement's own cue stands in its lead-in, followed only by its hearer, topic or occasion and a
     * comma ("wrote to her followers, “…”"), not by words of the statement ("…, he added, are like “…”").
     */
    private static boolean cueLeadsIn(String text, Found f, String leadIn) {
        int leadInEnd = f.start + leadIn.length();
        if (f.cue < f.start || f.cueEnd < 0 || f.cueEnd > leadInEnd || !leadIn.endsWith(",")) {
            return false;
        }
        return text.substring(f.cueEnd, leadInEnd - 1).indexOf(',') < 0;
    }

    /**
     * True when the quotation opens with a capital letter: a sentence of its own. One that opens in lower case goes on
     * with the narration before it ("So when the deal fell through, she said, “we were floored.”").
     */
    private static boolean opensSentence(String text, Quote q) {
        for (int i = q.start(); i < q.end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return Character.isUpperCase(text.charAt(i));
            }
        }
        return false;
    }
}

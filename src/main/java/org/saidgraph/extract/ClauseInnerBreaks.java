package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Punctuation that looks like the end of a reported clause but stands inside it, so that {@link VerbCueSieve} does
 * not end a statement there:
 * <ul>
 * <li>{@code verbless-concession}: a concession with no verb of its own set off by commas in the middle of the
 * clause — "said the mayor, though new to the job, had handled the flood well", "called it a modest, although
 * overdue, step": the clause goes on after the second comma, and ending at the first leaves a subject without its
 * verb or an adjective without its noun. A concession with a verb ("…, although the board disagreed") is the
 * reporter's as often as not (docs/extraction.md) and still ends the clause.</li>
 * <li>{@code semicolon-series}: semicolons that separate the items of a series closed by "; and" or "; or" —
 * "said the town needed a clinic; a bus route to the coast; and a new school": the items are all what was said
 * (a series of clauses, "critics praised it; editors railed against it; and …", still ends at the first).</li>
 * </ul>
 */
final class ClauseInnerBreaks {

    private static final Set<String> CLOSING = Set.of("and", "or");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    private ClauseInnerBreaks() {
    }

    /**
     * Whether the comma before {@code opener} (a concession's first word) opens a verbless phrase closed by another
     * comma with more of the clause after it, all up to {@code end} (inclusive).
     */
    static boolean verblessConcession(Analysis a, int opener, int end) {
        for (int i = opener; i <= end; i++) {
            Analysis.Token t = a.token(i);
            if (t.word().equals(",")) {
                // "…, while her rival, a senator, has said …": a clause whose subject has an apposition; its verb
                // (the opener's head) comes after the comma.
                return i > opener + 1 && i < end && a.head(opener) < i;
            }
            if (t.tag().startsWith("VB") || t.tag().equals("MD") || t.word().matches("[;:.!?]|--|—|–")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the semicolon at {@code semicolon} separates items of a series closed by "; and" or "; or" within
     * {@code start}..{@code end} (inclusive), no item between two semicolons being a clause of its own (no finite
     * verb): "critics praised it; editors railed against it; and …" is a series of the reporter's sentences.
     */
    static boolean semicolonSeries(Analysis a, SpeakerResolver resolver, int start, int semicolon, int end) {
        if (semicolon >= end) {
            return false;
        }
        if (CLOSING.contains(a.token(semicolon + 1).word().toLowerCase(Locale.ROOT))) {
            // the last item: the series began at an earlier semicolon of the same clause
            for (int i = semicolon - 1; i > start; i--) {
                Analysis.Token t = a.token(i);
                if (t.word().equals(";") && !resolver.insideQuote(t.start())) {
                    return true;
                }
                if (FINITE.contains(t.tag())) {
                    return false;
                }
            }
            return false;
        }
        for (int i = semicolon + 1; i < end; i++) {
            Analysis.Token t = a.token(i);
            if (t.word().equals(";") && !resolver.insideQuote(t.start())) {
                return CLOSING.contains(a.token(i + 1).word().toLowerCase(Locale.ROOT));
            }
            if (t.word().matches("[.!?]") || FINITE.contains(t.tag())) {
                return false;
            }
        }
        return false;
    }
}

package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * "asked Y to Z": what was asked is the one asked together with the infinitive ("asked [the board to reopen the pier]"),
 * as PolNeAR annotates it, and it ends with the infinitive's own phrase, not with the reporter's clause after it.
 * The parse often misreads the shape (the infinitive hung on the object, or "to" read as a preposition), so
 * {@link VerbCueSieve} or the pattern reading makes the statement from "to" on, and with the parse's subtree it runs on
 * past a comma into the reporter's next clause ("asked staff to take a pay cut, 900 workers agreed") or past a verb of
 * the asker's own ("asked the party to disown him and has since called him …"). Two named steps, read over the words
 * rather than the parse:
 * <ul>
 * <li>{@link ObjectStart}, evidence step {@code asked-object-infinitive}: the statement's evidence begins at the one
 * asked, a short noun phrase right between "asked" and "to" (the statement of {@code verb-infinitive} has this from
 * {@link EvidenceStarts.AddresseeBeforeInfinitive});</li>
 * <li>{@link End}, cut {@code asked-infinitive-end}: the statement ends before a comma that opens a clause with a
 * finite verb of its own, or before "and"/"but" followed by a finite verb.</li>
 * </ul>
 */
final class AskedInfinitive {

    /** Tags of the words a short noun phrase for the one asked may hold. */
    private static final Set<String> PHRASE = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "PRP", "PRP$", "CD", "POS");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> WH = Set.of("WDT", "WP");
    private static final int LONGEST_PHRASE = 6;

    private AskedInfinitive() {
    }

    /** The token of "ask" that is {@code f}'s cue, or -1. */
    static int askCue(Analysis a, Found f) {
        int cue = ReportedSpanBounds.cueBefore(a, f);
        return cue >= 0 && a.token(cue).lowerLemma().equals("ask") ? cue : -1;
    }

    /** The token of the "to" that opens the infinitive of {@code f}, at most the object's length after the cue, or -1. */
    static int infinitiveTo(Analysis a, int cue, int first) {
        for (int i = first; i <= Math.min(first + LONGEST_PHRASE, a.tokens().size() - 2); i++) {
            if (a.sentenceOf(i) != a.sentenceOf(cue)) {
                return -1;
            }
            if (a.token(i).word().equalsIgnoreCase("to")) {
                return a.token(i + 1).tag().equals("VB") && onlyPhrase(a, cue + 1, i) ? i : -1;
            }
        }
        return -1;
    }

    /** Whether tokens {@code [from, to)} are a short noun phrase (none: false). */
    private static boolean onlyPhrase(Analysis a, int from, int to) {
        if (to <= from || to - from > LONGEST_PHRASE) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!PHRASE.contains(a.token(i).tag())) {
                return false;
            }
        }
        return true;
    }

    /** Evidence step {@code asked-object-infinitive}. */
    static final class ObjectStart implements EvidenceStarts.Step {

        @Override
        public String name() {
            return "asked-object-infinitive";
        }

        @Override
        public int start(Draft draft, Found f, int first) {
            Analysis a = draft.analysis;
            int cue = askCue(a, f);
            if (cue < 0 || !a.token(first).word().equalsIgnoreCase("to") || "verb-infinitive".equals(f.rule)) {
                return -1;
            }
            return infinitiveTo(a, cue, cue + 1) == first ? a.token(cue + 1).start() : -1;
        }
    }

    /** Cut {@code asked-infinitive-end}. */
    static final class End implements ReportedSpanBounds.Cut {

        @Override
        public String name() {
            return "asked-infinitive-end";
        }

        @Override
        public int end(Draft draft, Found f) {
            Analysis a = draft.analysis;
            int cue = askCue(a, f);
            int first = a.tokenAt(f.start);
            if (cue < 0 || first < 0 || first > cue + 1 + LONGEST_PHRASE) {
                return f.end;
            }
            int to = first;
            while (to < a.tokens().size() && !a.token(to).word().equalsIgnoreCase("to")) {
                to++;
            }
            if (to >= a.tokens().size() || infinitiveTo(a, cue, cue + 1) != to) {
                return f.end;
            }
            for (int i = to + 2; i < a.tokens().size() && a.token(i).start() < f.end
                    && a.sentenceOf(i) == a.sentenceOf(cue); i++) {
                if (draft.resolver.insideQuote(a.token(i).start())) {
                    continue;
                }
                String w = a.token(i).word().toLowerCase(Locale.ROOT);
                if (w.equals(",") && clauseAfter(a, i + 1, f.end)
                        || (w.equals("and") || w.equals("but")) && finiteNext(a, i + 1)) {
                    return ReportedSpanBounds.before(draft, i, f.start);
                }
            }
            return f.end;
        }

        /** Whether a clause with a finite verb opens at token {@code from}, before the next comma. */
        private static boolean clauseAfter(Analysis a, int from, int end) {
            if (from < a.tokens().size() && WH.contains(a.token(from).tag())) {
                return true; // ", which would allow …": the reporter's aside on what was asked
            }
            for (int i = from; i < a.tokens().size() && a.token(i).start() < end
                    && a.sentenceOf(i) == a.sentenceOf(from); i++) {
                String tag = a.token(i).tag();
                if (tag.equals("IN") && i + 1 < a.tokens().size() && WH.contains(a.token(i + 1).tag())) {
                    return false; // ", in what has become …": a phrase, not a clause of its own
                }
                if (a.token(i).word().equals(",") || tag.equals("VBN") && i == from) {
                    return false;
                }
                if (FINITE.contains(tag) || tag.equals("VBG") && i == from) {
                    return true;
                }
            }
            return false;
        }

        /** "and has repeatedly called …", "but signed …": a finite verb after at most one adverb. */
        private static boolean finiteNext(Analysis a, int i) {
            if (i < a.tokens().size() && a.token(i).tag().startsWith("RB")) {
                i++;
            }
            return i < a.tokens().size() && FINITE.contains(a.token(i).tag());
        }
    }
}

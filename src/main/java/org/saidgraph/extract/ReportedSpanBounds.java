package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a reported statement ends: after the sieves, one step runs an ordered list of named cuts over every reported
 * (not verbatim) statement, and each cut that moves a statement's end back records its name in
 * {@link Found#trimmedBy}. A cut only ever moves the end back, never past the start, and never inside a quotation.
 * The cuts' words are in {@code src/main/resources/extract/span-bounds.tsv}.
 */
final class ReportedSpanBounds {

    /** A named cut: where it ends {@code f}, or {@code f.end} when it does not apply. */
    interface Cut {
        String name();

        int end(Draft draft, Found f);
    }

    /** The cuts, in the order they run. */
    static final List<Cut> CUTS = List.of(new AttributionAfter(), new ClosingApposition(), new ReportersParticiple(),
            new TrailingAdverbial(), new QuotationEndsClause());

    private ReportedSpanBounds() {
    }

    /** Ends each reported statement of {@code statements} where the cuts say, recording which cut moved it. */
    static void apply(Draft draft, List<Found> statements) {
        for (Found f : statements) {
            if (f.verbatim || f.quoteOnly || f.parts.size() > 1) {
                continue;
            }
            for (Cut cut : CUTS) {
                int end = cut.end(draft, f);
                if (end > f.start && end < f.end && StatementFeatures.words(draft.text, f.start, end) >= 1) {
                    f.end = end;
                    f.trimmedBy = f.trimmedBy == null ? cut.name() : f.trimmedBy + "," + cut.name();
                }
            }
        }
    }

    /** The end of the token before {@code token}, without the punctuation and spaces before it. */
    static int before(Draft draft, int token, int floor) {
        int end = draft.analysis.token(token - 1).end();
        while (end > floor && ",;:—–- ".indexOf(draft.text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /**
     * Cut {@code trailing-adverbial}: a reported statement that runs on past what was said into words that say when,
     * where or how the speaker said it — "criticized the plan <i>during a stop in Ohio</i>", "called for more money
     * <i>in a statement on Thursday</i>", "urged voters to turn out <i>when he spoke in Reno</i>" — ends before
     * them. The parse tells them apart: such a phrase hangs on the speech verb itself and either opens with a word of
     * time or circumstance ("during", "since", "when", "while", …) or names the occasion or medium of the speech ("in
     * a statement", "at a rally", "on Twitter": a speech noun of the lexicon after "in", "at", "on"); a phrase that
     * hangs on the reported words ("a plan to build a bridge in Ohio") stays, and so does any other preposition the
     * parse hangs on the verb ("from", "with", "in favor of"), as that attachment is often wrong. On PolNeAR dev a
     * third of the statements that found no attribution covered one but ran on well past it.
     */
    static final class TrailingAdverbial implements Cut {

        private static final Set<String> CIRCUMSTANCE = SpanBoundWords.of("trailing-adverbial", "circumstance");
        private static final Set<String> MEDIUM = SpanBoundWords.of("trailing-adverbial", "medium");

        /** Whether the clause's subject comes right after its first word ("as he left"; not "as saying …"). */
        private static boolean ownSubject(Analysis a, int clause, int opener) {
            for (int c : a.children(clause)) {
                String r = a.relation(c);
                if (r != null && (r.equals("nsubj") || r.equals("nsubj:pass")) && a.subtree(c)[0] == opener + 1) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String name() {
            return "trailing-adverbial";
        }

        @Override
        public int end(Draft draft, Found f) {
            if (f.cue < 0 || f.cue >= f.start) {
                return f.end;
            }
            Analysis a = draft.analysis;
            int cue = a.tokenAt(f.cue);
            int first = a.tokenAt(f.start);
            if (cue < 0 || first < 0 || !a.parsed(cue) || a.sentenceOf(cue) != a.sentenceOf(first)) {
                return f.end;
            }
            for (int i = first + 1; i < a.tokens().size() && a.token(i).start() < f.end; i++) {
                if (a.head(i) != cue || !a.parsed(i)) {
                    continue;
                }
                String rel = a.relation(i);
                if (rel == null || !(rel.startsWith("obl") || rel.startsWith("advcl") || rel.startsWith("nmod"))) {
                    continue;
                }
                int lo = a.subtree(i)[0];
                if (lo <= first || a.token(lo).start() >= f.end) {
                    continue;
                }
                String opener = a.token(lo).word().toLowerCase(Locale.ROOT);
                // "as she left" is a clause of time; "described the plan as a disaster", "cited him as saying …"
                // say what was said, and the parse hangs them on the verb as advcl too: only a clause of "as" with a
                // subject of its own is the reporter's (on all of PolNeAR train the cut without that condition found
                // 6 attributions and lost 25, most of them "as" + predicate).
                boolean circumstance = CIRCUMSTANCE.contains(opener) || opener.equals("as") && rel.startsWith("advcl")
                        && ownSubject(a, i, lo);
                boolean medium = MEDIUM.contains(opener) && draft.lexicon.speechNoun(
                        a.token(i).lemma() == null ? "" : a.token(i).lemma().toLowerCase(Locale.ROOT)) != null;
                if (!circumstance && !medium) {
                    continue;
                }
                return before(draft, lo, f.start);
            }
            return f.end;
        }
    }

    /**
     * Cut {@code attribution-after}: a statement that runs on into an attribution closing its sentence — "The plan
     * will fail<i>, according to two analysts, who advise the council</i>" — ends before it: the attribution and
     * whatever describes its source are the reporter's. The parse tells that the phrase closes the sentence (the
     * subtree of "according to X" runs to the end); "The plan, according to two analysts, will fail" goes on after
     * it and stays whole. On all of PolNeAR train (840 articles): 9 attributions found that were not, 1 lost.
     */
    static final class AttributionAfter implements Cut {

        @Override
        public String name() {
            return "attribution-after";
        }

        @Override
        public int end(Draft draft, Found f) {
            Analysis a = draft.analysis;
            return trailing(draft, f, t -> a.token(t.opener()).word().equalsIgnoreCase("according")
                    && t.opener() + 1 < a.tokens().size() && a.token(t.opener() + 1).word().equalsIgnoreCase("to"));
        }
    }

    /**
     * Cut {@code closing-apposition}: a statement that closes with an apposition opening with a determiner — "…
     * deadlocked in the north<i>, the biggest prize of the season</i>", "… a law banning drilling<i>, a method
     * known as fracking</i>" — ends before it: the reporter explains a word for the reader. On all of PolNeAR train
     * 16 attributions found that were not, 7 lost (apposition openings with a name or an adjective were even, so they
     * stay). Not after a noun object ("mentioned Jane Roe, the only inmate whose …": the apposition is part of what
     * was mentioned), nor where the cue stands inside the statement, nor before a verb that is not in a relative
     * clause ("…, the gap between them is so vast": the parse misread a clause as an apposition); on PolNeAR dev
     * these were the losses. What is left must have a verb: a name alone ("Jane Roe, the former champion") is the
     * object of a speech verb, and the apposition is part of it.
     */
    static final class ClosingApposition implements Cut {

        @Override
        public String name() {
            return "closing-apposition";
        }

        @Override
        public int end(Draft draft, Found f) {
            if ("verb-object".equals(f.rule) || f.cue > f.start && f.cue < f.end) {
                return f.end; // an object's apposition names what was said; around its cue the parse is unsure
            }
            Analysis a = draft.analysis;
            return trailing(draft, f, t -> t.relation().equals("appos") && a.token(t.opener()).tag().equals("DT")
                    && !clauseIn(a, t) && verbBefore(draft, f, t.opener()));
        }
    }

    /**
     * Cut {@code reporters-participle}: a statement that closes with a participle of the reporter's words of
     * {@code span-bounds.tsv} ("…<i>, compared with 12 percent in 2012</i>") ends before it. Other closing
     * participles were measured and stay: "including …" mostly belongs to what was said (on PolNeAR train 2
     * attributions found, 12 lost), the rest split about even.
     */
    static final class ReportersParticiple implements Cut {

        private static final Set<String> WORDS = SpanBoundWords.of("reporters-participle", "opener");

        @Override
        public String name() {
            return "reporters-participle";
        }

        @Override
        public int end(Draft draft, Found f) {
            Analysis a = draft.analysis;
            return trailing(draft, f, t -> a.token(t.opener()).tag().equals("VBN")
                    && WORDS.contains(a.token(t.opener()).word().toLowerCase(Locale.ROOT)));
        }
    }

    /** A phrase that closes a statement: its first word (after the comma or dash), its head and the head's relation. */
    record Trailer(int opener, int head, String relation, boolean subject, boolean onCue) {
    }

    /**
     * The first phrase set off by a comma or dash that closes {@code f} (its subtree in the parse runs to the
     * statement's end) and that {@code test} accepts; the end before it, or {@code f.end}.
     */
    static int trailing(Draft draft, Found f, java.util.function.Predicate<Trailer> test) {
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (first < 0) {
            return f.end;
        }
        int last = first;
        while (last + 1 < a.tokens().size() && a.token(last + 1).start() < f.end) {
            last++;
        }
        while (last > first && punctuation(a.token(last).word())) {
            last--;
        }
        int cue = f.cue >= 0 ? a.tokenAt(f.cue) : -1;
        for (int i = first + 2; i <= last; i++) {
            String before = a.token(i - 1).word();
            if (!a.parsed(i) || a.sentenceOf(i) != a.sentenceOf(first) || !(before.equals(",")
                    || before.matches("--|—|–")) || draft.resolver.insideQuote(a.token(i).start())) {
                continue;
            }
            int h = i;
            while (a.head(h) >= 0 && a.head(h) != cue && a.subtree(a.head(h))[0] >= i - 1) {
                h = a.head(h);
            }
            int[] sub = a.subtree(h);
            if (h == cue || sub[0] < i - 1 || sub[1] < last - 1) {
                continue;
            }
            boolean subject = !a.children(h, "nsubj").isEmpty() || !a.children(h, "nsubj:pass").isEmpty();
            if (test.test(new Trailer(i, h, VerbCueSieve.base(a.relation(h)), subject, a.head(h) == cue))) {
                return before(draft, i, f.start);
            }
        }
        return f.end;
    }

    /** Whether a verb stands in {@code f} before the token {@code opener}. */
    private static boolean verbBefore(Draft draft, Found f, int opener) { // quoted or not
        Analysis a = draft.analysis;
        for (int i = a.tokenAt(f.start); i >= 0 && i < opener; i++) {
            if (a.token(i).tag().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase has a finite verb before any relative word: a clause, not a noun phrase. */
    private static boolean clauseIn(Analysis a, Trailer t) {
        int[] sub = a.subtree(t.head());
        for (int i = t.opener(); i <= sub[1]; i++) {
            Analysis.Token k = a.token(i);
            if (k.tag().startsWith("W") || k.word().equalsIgnoreCase("that")) {
                return false;
            }
            if (k.tag().matches("VB[DZP]|MD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean punctuation(String word) {
        return word.length() <= 2 && !Character.isLetterOrDigit(word.charAt(0));
    }
}

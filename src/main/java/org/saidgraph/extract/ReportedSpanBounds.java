package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a reported statement ends: after the sieves, one step runs an ordered list of named cuts over every reported
 * (not verbatim) statement, and each cut that moves a statement's end back records its name in
 * {@link Found#trimmedBy}. A cut only ever moves the end back, never past the start, and never inside a quotation.
 * The hand-written cuts' words are in {@code src/main/resources/extract/span-bounds.tsv}. On request
 * ({@link Extractor#withLearnedEnds()}) a last cut and an extension read the table learned from annotated news
 * ({@link SpanEnds}): on PolNeAR they moved about as many attributions out of reach as into it, so they are not on by
 * default. (Cut {@code trailing-adverbial}, a phrase of time, circumstance or medium hung on the speech verb, was
 * removed: on all of PolNeAR train it found 6 attributions and lost 13, and the learned table cuts none of its
 * phrases — the annotators keep "during …", "when …", "in …" on the verb as often as they leave them out.)
 */
final class ReportedSpanBounds {

    /** A named cut: where it ends {@code f}, or {@code f.end} when it does not apply. */
    interface Cut {
        String name();

        int end(Draft draft, Found f);
    }

    /** The cuts, in the order they run. */
    static final List<Cut> CUTS = List.of(new AttributionAfter(), new ClosingApposition(), new CharacterizingApposition(),
            new ReportersParticiple(), new DashConcession(), new ConsequenceParticiple(), new OuterPredicate(),
            new QuotationEndsClause(), new QuotationThenAttribution(), new CueClauseEnd(), new EnclosingClauseEnd(),
            new AskedCircumstance(), new VerbAdverbial(), new CueConjunctEnd(), new ObjectOwnClause(),
            new ClosingComparison(), new ButSecondAct(), new ObjectThenParticiple(), new AskedInfinitive.End(),
            new HeadlineSecondVerb.End(),
            new HeadlineAfterthought(), new HeadlineCircumstance(), new SentenceEndCut(),
            new ParticipleInSubject());

    private ReportedSpanBounds() {
    }

    /**
     * Ends each reported statement of {@code statements} where the cuts say, recording which cut moved it; with a
     * {@code learned} table (null: none), its cut runs last and a statement no cut moved may take in what follows it.
     */
    static void apply(Draft draft, List<Found> statements, SpanEnds learned) {
        List<Cut> cuts = learned == null ? CUTS : java.util.stream.Stream.concat(CUTS.stream(),
                java.util.stream.Stream.of(new SpanEnds.Learned(learned))).toList();
        for (Found f : statements) {
            // A transcript turn ("NAME: …", rule speaker-label) is the speaker's own words to its end: no reporter's
            // words follow in it to cut (session 22, all 840 train: 1 turn was cut, and lost its attribution)
            if (f.verbatim || f.quoteOnly || f.parts.size() > 1 || "speaker-label".equals(f.rule)) {
                continue;
            }
            for (Cut cut : cuts) {
                int end = cut.end(draft, f);
                if (end > f.start && end < f.end && StatementFeatures.words(draft.text, f.start, end) >= 1
                        && !betweenMarks(draft, end)) {
                    f.untrimmedEnd = f.untrimmedEnd < 0 ? f.end : f.untrimmedEnd;
                    f.end = end;
                    f.trimmedBy = f.trimmedBy == null ? cut.name() : f.trimmedBy + "," + cut.name();
                }
            }
            if (learned != null && f.trimmedBy == null) {
                learned.extend(draft, f);
            }
            closeQuotation(draft, f);
        }
    }

    /**
     * A reported statement that opens a quotation ends no earlier than its closing mark, whatever made it end inside
     * (a parse that hangs "with a long record" elsewhere ends "calls her “an extremely careful mayor" there).
     */
    private static void closeQuotation(Draft draft, Found f) {
        for (Quote q : draft.quotes) {
            if (q.open() >= f.start && q.start() < f.end && f.end < q.end()) {
                f.untrimmedEnd = f.untrimmedEnd < 0 ? f.end : f.untrimmedEnd;
                f.end = Math.min(draft.text.length(), q.after());
                return;
            }
        }
    }

    /**
     * Whether {@code end} falls among a quotation's words: a cut there would leave an opening mark without its
     * closing one, rendering a paraphrase with a quotation that is not verbatim. A statement is never cut there.
     */
    static boolean betweenMarks(Draft draft, int end) {
        for (Quote q : draft.quotes) {
            if (q.start() < end && end < q.end()) {
                return true;
            }
        }
        return false;
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
            // Not the statement's own phrase when no finite verb stands before it ("Among the precedents at risk,
            // according to Jane Roe, are sixteen …"): the words before are no clause of their own, the parse only
            // misread the phrase as running to the end.
            int own = f.cue >= 0 && f.rule != null && f.rule.startsWith(AccordingToSieve.RULE)
                    && !finiteBefore(draft, f) ? a.tokenAt(f.cue) : -1;
            return trailing(draft, f, t -> t.opener() != own && a.token(t.opener()).word().equalsIgnoreCase("according")
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
            if (VerbCueSieve.OBJECT_RULES.contains(f.rule) || f.cue > f.start && f.cue < f.end) {
                return f.end; // an object's apposition names what was said; around its cue the parse is unsure
            }
            Analysis a = draft.analysis;
            return trailing(draft, f, t -> t.relation().equals("appos") && a.token(t.opener()).tag().equals("DT")
                    && !clauseIn(a, t) && verbBefore(draft, f, t.opener()) && !modifierBefore(a, t.opener()));
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

    /**
     * Cut {@code cue-clause-end}: a statement whose speech verb stands in a subordinate clause — a relative clause
     * ("the levy, which the council said would fall on the poorest, <i>is now law</i>") or a fronted adverbial one
     * ("While conceding the levy was unfair<i>, she voted for it</i>") — ends where the parse ends that clause, at a
     * comma, when a verb follows: what follows is the main clause, the reporter's. Alone, on PolNeAR dev: reported
     * found 617 → 622, precision 1242 → 1246; on the train sample (every 7th article): 708 → 711, precision the same
     * (the one attribution it lost there was found by a misreading, "who advises [the PAC, said his research …]").
     */
    static final class CueClauseEnd implements Cut {

        @Override
        public String name() {
            return "cue-clause-end";
        }

        @Override
        public int end(Draft draft, Found f) {
            Analysis a = draft.analysis;
            int cue = cueBefore(a, f);
            int first = a.tokenAt(f.start);
            if (cue < 0 || first < 0 || !a.parsed(cue) || a.sentenceOf(cue) != a.sentenceOf(first)
                    || !Set.of("acl", "advcl").contains(VerbCueSieve.base(a.relation(cue)))) {
                return f.end;
            }
            int close = a.subtree(cue)[1] + 1;
            int head = a.head(cue);
            if (close >= a.tokens().size() || a.token(close).start() >= f.end || close <= first
                    || !a.token(close).word().equals(",") || head >= cue && head <= close
                    || draft.resolver.insideQuote(a.token(close).start())) {
                return f.end;
            }
            if (close + 1 < a.tokens().size() && noMainClauseOpener(a.token(close + 1).tag())) {
                return f.end;
            }
            for (int i = close + 1; i < a.tokens().size() && a.token(i).start() < f.end; i++) {
                if (a.token(i).tag().startsWith("VB") || a.token(i).tag().equals("MD")) {
                    return before(draft, close, f.start); // a verb after the comma: the main clause goes on
                }
            }
            return f.end;
        }
    }

    /**
     * Whether a word right after the comma that closes the speech verb's clause opens no main clause: a relative
     * pronoun ("…, responding to the unions' demands<i>, who have pressed for a vote</i>": a relative clause on a
     * noun the parse left outside) or a bare verb ("as she urged the board to close the pier<i>, repair the wall and
     * hire …</i>": the next item of a series the parse hung elsewhere). Both go on with what was said; a main clause
     * opens with its subject. On all 840 PolNeAR train articles the cut ended 3 statements so, all 3 before the end
     * of the gold content (session 25, compshort25: reported found +2, precision +3).
     */
    static boolean noMainClauseOpener(String tag) {
        return tag.equals("WDT") || tag.equals("WP") || tag.equals("WP$") || tag.equals("VB");
    }

    /**
     * Cut {@code verb-adverbial}: a statement that is the speech verb's noun object ("called for more school
     * funding<i> in a statement on Thursday</i>", "attacked the mayor<i> during a rally</i>") ends before the
     * phrases that close it and that the parse hangs on the verb, not on the object, when they say when or on what
     * occasion the speaking happened ({@link SpeakingCircumstance}, as {@link VerbCueSieve} asks while it reads an
     * object): they are the reporter's. One in the middle ("urged his supporters at a rally to vote early") stays.
     * After {@code cue-clause-end}, on PolNeAR dev: reported found 622 → 625, precision 1246 → 1249; train sample
     * 711 → 713, 1530 → 1532.
     */
    static final class VerbAdverbial implements Cut {

        private static final Set<String> OBJECT_RULES = Set.of("verb-object", NameObject.RULE, PronounObject.RULE,
                "pattern-verb", "object-topic", "object-noun");

        @Override
        public String name() {
            return "verb-adverbial";
        }

        @Override
        public int end(Draft draft, Found f) {
            Analysis a = draft.analysis;
            int cue = cueBefore(a, f);
            int first = a.tokenAt(f.start);
            if (!OBJECT_RULES.contains(f.rule) || cue < 0 || first < 0 || !a.parsed(first)) {
                return f.end;
            }
            int last = first;
            while (last + 1 < a.tokens().size() && a.token(last + 1).start() < f.end) {
                last++;
            }
            boolean[] circumstance = new boolean[last - first + 1];
            for (int i = first + 1; i <= last; i++) {
                if (a.head(i) == cue && SpeakingCircumstance.of(a, i) && !draft.resolver.insideQuote(a.token(i).start())) {
                    int[] sub = a.subtree(i);
                    for (int k = Math.max(sub[0], first); k <= Math.min(sub[1], last); k++) {
                        circumstance[k - first] = true;
                    }
                }
            }
            int open = last + 1; // the first token of the run of circumstances (and punctuation) closing the statement
            while (open - 1 > first && (circumstance[open - 1 - first] || punctuation(a.token(open - 1).word()))) {
                open--;
            }
            while (open <= last && !circumstance[open - first]) {
                open++;
            }
            if (open <= last && !circumstance[open - 1 - first]) {
                return before(draft, open, f.start);
            }
            return f.end;
        }
    }

    /** The token of the statement's cue when the cue stands before the statement, else -1. */
    static int cueBefore(Analysis a, Found f) {
        return f.cue >= 0 && f.cue < f.start ? a.tokenAt(f.cue) : -1;
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

    /**
     * The end before the first mark of {@code f} that {@code opens} accepts: a token after the statement's first two
     * words, in the sentence of its start and outside a quotation, followed by at least one word of the statement
     * (the mark's phrase closes it only as far as {@code opens} checks); {@code f.end} when there is none.
     */
    static int beforeMark(Draft draft, Found f, java.util.function.IntPredicate opens) {
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (first < 0) {
            return f.end;
        }
        for (int i = first + 2; i + 1 < a.tokens().size() && a.token(i + 1).start() < f.end; i++) {
            if (a.sentenceOf(i) == a.sentenceOf(first) && !draft.resolver.insideQuote(a.token(i + 1).start())
                    && opens.test(i)) {
                return before(draft, i + 1, f.start);
            }
        }
        return f.end;
    }

    /** Whether a finite verb stands in {@code f} before its cue. */
    private static boolean finiteBefore(Draft draft, Found f) {
        Analysis a = draft.analysis;
        for (int i = a.tokenAt(f.start); i >= 0 && a.token(i).start() < f.cue; i++) {
            String tag = a.token(i).tag();
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word before the comma that opens a phrase is a verb, an adverb or an adjective, which no
     * apposition follows: "the mayor announced, unasked, a full review of the ferry fares" sets an aside between a
     * verb and its object, and the phrase after it is that object.
     */
    private static boolean modifierBefore(Analysis a, int opener) {
        int i = opener - 1;
        while (i >= 0 && a.token(i).word().matches(",|--|—|–")) {
            i--;
        }
        return i >= 0 && a.token(i).tag().matches("VB.?|RB.?|JJ.?");
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

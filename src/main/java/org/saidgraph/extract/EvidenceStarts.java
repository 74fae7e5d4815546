package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;

/**
 * Where a reported statement's evidence begins when it begins before the statement's own words: after the cuts and
 * start steps, an ordered list of named steps may move the start of a reported (not verbatim) statement's span back
 * over words that belong to what was reported but not to its text, and each step that does records its name in
 * {@link Found#trimmedBy}. The text stays the statement's words ("the levy will pass"); the span, the evidence a
 * reader is shown, takes in the word that makes them a report ("that the levy will pass"), as the annotators of
 * attribution corpora (PARC, PolNeAR) mark the content of a speech verb. A step never moves a start before the cue,
 * across a sentence, or out of or into a quotation.
 */
final class EvidenceStarts {

    /** A named step: where the evidence of {@code f}, whose first word is token {@code first}, begins, or -1. */
    interface Step {
        String name();

        int start(Draft draft, Found f, int first);
    }

    /** The steps, in the order they run. */
    static final List<Step> STEPS = List.of(new Complementizer(), new AddresseeBeforeInfinitive(),
            new AskedInfinitive.ObjectStart());

    private EvidenceStarts() {
    }

    /** Moves the evidence start of each reported statement of {@code statements} where the steps say. */
    static void apply(Draft draft, List<Found> statements) {
        for (Found f : statements) {
            if (f.verbatim || f.quoteOnly || f.parts.size() > 1) {
                continue;
            }
            for (Step step : STEPS) {
                int from = f.evidenceStart < 0 ? f.start : f.evidenceStart;
                int first = draft.analysis.tokenAt(from);
                if (first <= 0 || draft.analysis.token(first).start() != from) {
                    continue;
                }
                int start = step.start(draft, f, first);
                if (start >= 0 && start < from && start >= Math.max(0, f.cueEnd)
                        && draft.resolver.insideQuote(start) == draft.resolver.insideQuote(from)) {
                    f.unmovedStart = f.unmovedStart < 0 ? f.start : f.unmovedStart;
                    f.evidenceStart = start;
                    f.trimmedBy = f.trimmedBy == null ? step.name() : f.trimmedBy + "," + step.name();
                }
            }
        }
    }

    /**
     * Step {@code complementizer}: a statement that begins right after the "that" opening its clause ("said that [the
     * levy will pass]") has its evidence begin at "that". On all of PolNeAR train, of the found statements right after
     * a "that", the gold content began at the "that" 1,227 times and at the statement 4 times.
     */
    static final class Complementizer implements Step {

        @Override
        public String name() {
            return "complementizer";
        }

        @Override
        public int start(Draft draft, Found f, int first) {
            Analysis a = draft.analysis;
            Analysis.Token that = a.token(first - 1);
            boolean adjacent = draft.text.substring(that.end(), a.token(first).start()).isBlank();
            return adjacent && a.sentenceOf(first - 1) == a.sentenceOf(first)
                    && that.word().toLowerCase(Locale.ROOT).equals("that") ? that.start() : -1;
        }
    }

    /**
     * Step {@code addressee-before-infinitive}: an infinitive statement whose speech verb has an object right before
     * the infinitive, the one urged or asked ("urged [the council] to drop the levy", "called on [the mayor] to
     * resign"), has its evidence begin at that object: the text stays what they were urged to do, the one addressed
     * is the statement's hearer. On all of PolNeAR train, where such an object stood between, the gold content began
     * at the object 37 times and at the infinitive 11 times.
     */
    static final class AddresseeBeforeInfinitive implements Step {

        @Override
        public String name() {
            return "addressee-before-infinitive";
        }

        @Override
        public int start(Draft draft, Found f, int first) {
            Analysis a = draft.analysis;
            int cue = f.cue < 0 ? -1 : a.tokenAt(f.cue);
            if (!"verb-infinitive".equals(f.rule) || cue < 0 || !a.parsed(cue)
                    || !a.token(first).word().equalsIgnoreCase("to") && !a.token(first).word().equalsIgnoreCase("not")) {
                return -1;
            }
            for (int c : a.children(cue)) {
                String rel = VerbCueSieve.base(a.relation(c));
                int[] r = a.subtree(c);
                if (c > cue && r[1] == first - 1 && a.sentenceOf(c) == a.sentenceOf(first)
                        && (rel.equals("obj") || rel.equals("iobj") || rel.equals("obl") && called(a, cue, r[0]))
                        && !(r[0] == r[1] && VerbCueSieve.timeWord(a.token(c)))) {
                    // "vowed [Tuesday] to stay": a day the parse makes the object is no one addressed
                    // (step time-object-infinitive)
                    return a.token(rel.equals("obl") ? r[0] + 1 : r[0]).start();
                }
            }
            return -1;
        }

        /** "called on/for [X] to …": the object of a call comes after its preposition. */
        private static boolean called(Analysis a, int cue, int first) {
            String prep = a.token(first).word().toLowerCase(Locale.ROOT);
            return a.token(cue).lemma().equalsIgnoreCase("call") && (prep.equals("on") || prep.equals("for"))
                    && first == cue + 1;
        }
    }
}

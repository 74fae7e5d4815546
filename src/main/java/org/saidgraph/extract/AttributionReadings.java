package org.saidgraph.extract;

/**
 * Filters for a reported reading of a speech verb whose "words" are the attribution itself: the description of the
 * speaker named after the verb, or what stands around the verb that attributes a quotation. Both were found among
 * the false statements of rule {@code verb-complement} that lie inside a quotation or meet no gold attribution, on
 * all 840 PolNeAR train articles (session 20, helper "complementnoise"); the counts are on each class.
 */
final class AttributionReadings {

    private AttributionReadings() {
    }

    /**
     * Rule {@code speaker-description}: "“…,” said Jane Roe, a pilot who has flown the route for years." read as if
     * "a pilot who has flown the route for years" were what she said. When the speaker is named after the verb and
     * every word of the statement belongs to the speaker's own phrase in the parse (an apposition, an age, a relative
     * clause on the name, or the name with them), the statement says who spoke, not what. A clause that goes on past
     * the speaker's phrase ("The pier, said Jane Roe, a pilot, will close in June") is not judged here.
     */
    static final class SpeakerDescription implements NotSpeechFilters.Filter {

        /** The parse's complement reading ({@link VerbCueSieve}); "according to X" names its source after its cue too. */
        private static final String COMPLEMENT = "verb-complement";

        @Override
        public String name() {
            return "speaker-description";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            if (!COMPLEMENT.equals(f.rule) || NotSpeechFilters.reportedCueBefore(draft, f) < 0 || f.sourceStart <= f.cue
                    || f.sourceEnd <= f.sourceStart || f.start < f.sourceStart) {
                return false;
            }
            Analysis a = draft.analysis;
            int speaker = phraseHead(a, f.sourceStart, f.sourceEnd);
            int first = a.tokenAt(f.start);
            if (speaker < 0 || first < 0) {
                return false;
            }
            boolean any = false;
            for (int i = first; i < a.tokens().size() && a.token(i).start() < f.end; i++) {
                Analysis.Token t = a.token(i);
                if (!NotSpeechFilters.letters(t.word(), 0, t.word().length())) {
                    continue;
                }
                if (!a.parsed(i) || !a.dominates(speaker, i)) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        /** The first parsed token of {@code [start, end)} whose head lies outside it, or -1. */
        private static int phraseHead(Analysis a, int start, int end) {
            int first = a.tokenAt(start);
            for (int i = first; i >= 0 && i < a.tokens().size() && a.token(i).start() < end; i++) {
                if (!a.parsed(i)) {
                    return -1;
                }
                int h = a.head(i);
                if (h < 0 || a.token(h).start() < start || a.token(h).start() >= end) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Rule {@code quotation-own-cue}: "“…,” Jane Roe said when asked about the fees. “…”" — the verb that attributes a
     * quotation in parts was also read as a reported clause, taking the circumstance of the speaking between the
     * parts ("when asked about the fees", "in an interview on the radio", ", a point she often makes") for what was
     * said. A reported statement, not verbatim, lying inside a quotation statement whose cue is its own cue is
     * dropped: the quotation is what the verb reports. It judges with the quotations attributed, so it never runs as
     * a sieve offers a statement.
     */
    static final class QuotationOwnCue implements NotSpeechFilters.QuotationFilter {

        @Override
        public String name() {
            return "quotation-own-cue";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            if (f.verbatim || f.quoteOnly || f.cue < 0) {
                return false;
            }
            for (Found q : draft.statements) {
                if (q != f && q.verbatim && !q.quoteOnly && q.speaker != null && q.cue == f.cue
                        && q.start <= f.start && q.end >= f.end) {
                    return true;
                }
            }
            return false;
        }
    }
}

package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Filters for shapes of the text-pattern reading ({@code pattern-verb}) that are false wherever they occur on all 840
 * PolNeAR train articles (session 21, helper "patternfalse21"). The text pattern reads whatever follows a speech verb
 * when the parse gave it nothing; these are the readings after which nothing said follows: a hearer or target that
 * leads into a colon, a phrase of time alone, "adding to" a tally. Each filter also runs at the cue, so a rejected
 * reading leaves its cue to a later sieve. The words are data ({@code not-speech-senses.tsv}).
 */
final class PatternVerbShapes {

    private PatternVerbShapes() {
    }

    /** Whether {@code f} is a plain {@code pattern-verb} statement read after its cue, with no quotation mark. */
    static boolean plainPatternVerb(Draft draft, Found f) {
        return "pattern-verb".equals(f.rule) && VerbSenseFilters.plainAfterCue(draft, f);
    }

    /**
     * The cue's token of a plain {@code pattern-verb} statement read after its cue ({@link #plainPatternVerb}) whose
     * first token is known, else -1.
     */
    static int patternCue(Draft draft, Found f) {
        return plainPatternVerb(draft, f) && VerbSenseFilters.first(draft, f) >= 0
                ? NotSpeechFilters.reportedCueBefore(draft, f) : -1;
    }

    /** The statement's text, trimmed. */
    static String text(Draft draft, Found f) {
        return draft.text.substring(f.start, Math.min(f.end, draft.text.length())).strip();
    }

    /**
     * Whether a token of {@code f} from token {@code from} on is a verb, a modal, a colon, or one of {@code words}
     * (lower case): something said could stand there.
     */
    static boolean holdsAny(Draft draft, Found f, int from, Set<String> words) {
        Analysis a = draft.analysis;
        for (int k = Math.max(0, from); k < a.tokens().size() && a.token(k).start() < f.end; k++) {
            String tag = a.token(k).tag() == null ? "" : a.token(k).tag();
            if (tag.startsWith("VB") || tag.equals("MD") || a.token(k).word().equals(":")
                    || words.contains(a.token(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule {@code colon-lead-object}: a text-pattern statement that ends at a colon — "called them on it:", "spoke
     * out against the mayor:", "told his audience, to loud applause:", "sums up its aims in these words:" — is
     * the hearer, target or manner of a saying whose words follow the colon, not those words. Dropped here, its cue
     * is left to the sieves that read what follows the colon. All train: 5 statements, none an attribution (every
     * {@code pattern-verb} statement ending at a colon was false).
     */
    static final class ColonLeadObject implements NotSpeechFilters.Filter {

        @Override
        public String name() {
            return "colon-lead-object";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            return plainPatternVerb(draft, f) && text(draft, f).endsWith(":");
        }
    }

    /**
     * Rule {@code time-only}: a text-pattern statement that is a phrase of time with no verb, topic or clause after it
     * — "spoke [for about 30 minutes]", "the plan he proposed [two months ago]", "had been discussing [for several
     * weeks]", "reported [daily to the studio head]" — says how long or when, not what. The parse gave the verb no
     * object there, mostly because what was said is the noun the verb's relative clause hangs on. "[four years ago
     * about the plan]" (a topic) and "[for decades, because the party has …]" (a verb) stay. All train: 5
     * statements dropped, none an attribution.
     */
    static final class TimeOnly implements NotSpeechFilters.Filter {

        private static final Set<String> UNITS = Gazetteer.words("/extract/not-speech-senses.tsv", "time-unit");
        private static final Set<String> FREQUENCIES = Gazetteer.words("/extract/not-speech-senses.tsv",
                "time-frequency");
        private static final Set<String> TOPIC_OR_CLAUSE = Set.of("about", "of", "that", "on", "whether", "how", "why");
        private static final Pattern AGO = Pattern.compile("(?i)ago|earlier|later|before");

        @Override
        public String name() {
            return "time-only";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int i = VerbSenseFilters.first(draft, f);
            if (!plainPatternVerb(draft, f) || i < 0) {
                return false;
            }
            int after = timePhraseEnd(draft.analysis, i, f.end);
            return after >= 0 && !holdsAny(draft, f, after, TOPIC_OR_CLAUSE);
        }

        /**
         * The token after a phrase of time opening at token {@code i} ("for (about) 30 minutes", "for decades", "two
         * months ago", "daily"), or -1 when none opens there.
         */
        static int timePhraseEnd(Analysis a, int i, int end) {
            String w = a.token(i).word().toLowerCase(Locale.ROOT);
            if (FREQUENCIES.contains(w)) {
                return i + 1;
            }
            int last = Math.min(a.tokens().size(), i + 5);
            for (int k = i; k < last && a.token(k).start() < end; k++) {
                String word = a.token(k).word().toLowerCase(Locale.ROOT);
                if (!UNITS.contains(word)) {
                    continue;
                }
                if (w.equals("for")) {
                    return k + 1;
                }
                if (k > i && k + 1 < a.tokens().size() && a.token(k + 1).start() < end
                        && AGO.matcher(a.token(k + 1).word()).matches()) {
                    return k + 2;
                }
                return -1;
            }
            return -1;
        }
    }

    /**
     * Rule {@code add-to-tally}: "adding [to his primary victories in three states]", "is adding [to his wins
     * in the harbour towns]": "add to" a noun phrase, with no verb, quotation or clause in it, makes something more,
     * it says nothing. {@code to-phrase-sense} drops the same shape where the parse hangs the phrase on the verb; the
     * text pattern reads it where the parse went astray. All train: 2 statements, both false; no {@code pattern-verb}
     * statement of "add" opening with "to" found an attribution.
     */
    static final class AddToTally implements NotSpeechFilters.Filter {

        private static final Set<String> TOPIC_OR_CLAUSE = Set.of("about", "of", "that", "whether", "how", "why");

        @Override
        public String name() {
            return "add-to-tally";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int cue = patternCue(draft, f);
            Analysis a = draft.analysis;
            if (cue < 0 || !"add".equals(a.token(cue).lowerLemma())) {
                return false;
            }
            int i = VerbSenseFilters.first(draft, f);
            if (!a.token(i).word().equalsIgnoreCase("to")
                    || NotSpeechFilters.letters(draft.text, a.token(cue).end(), f.start)) {
                return false;
            }
            return !holdsAny(draft, f, i + 1, TOPIC_OR_CLAUSE);
        }
    }

    /**
     * Rule {@code electoral-challenge}: "who is challenging [Sen. Jane Roe in Ohio]", "challenging [Roe upstate, where
     * …]": "challenge" with a person's name and nothing said of her is running against her in an election. The name
     * opens the statement and is not a possessive ("challenging [Roe's claims]" disputes something said), nor followed
     * by "to" ("challenged Roe to a debate"). All train: 4 {@code pattern-verb} statements dropped, none an
     * attribution; the one found gold of this verb opens with a common word ("challenging [incumbent Rep. X]") and
     * stays. A statement with a quotation mark in it is not judged (one more false one, running on into a quoted title,
     * stays).
     */
    static final class ElectoralChallenge implements NotSpeechFilters.Filter {

        static final Set<String> VERBS = Gazetteer.words("/extract/not-speech-senses.tsv", "electoral-verb");
        private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS");

        @Override
        public String name() {
            return "electoral-challenge";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int cue = patternCue(draft, f);
            if (cue < 0 || !electoral(draft, draft.analysis.token(cue))) {
                return false;
            }
            int i = VerbSenseFilters.first(draft, f);
            Analysis a = draft.analysis;
            if (!NAME_TAGS.contains(a.token(i).tag())) {
                return false;
            }
            int k = i;
            while (k + 1 < a.tokens().size() && a.token(k + 1).start() < f.end && NAME_TAGS.contains(a.token(k + 1).tag())) {
                k++;
            }
            if (k + 1 >= a.tokens().size() || a.token(k + 1).start() >= f.end) {
                return true;
            }
            String next = a.token(k + 1).word().toLowerCase(Locale.ROOT);
            return !"POS".equals(a.token(k + 1).tag()) && !next.equals("to");
        }

        /** Whether the cue is a form of an electoral verb; the tagger calls "challenging" an adjective too. */
        private static boolean electoral(Draft draft, Analysis.Token cue) {
            SpeechLexicon.Verb form = draft.lexicon.verbForm(cue.word().toLowerCase(Locale.ROOT));
            return form != null && VERBS.contains(form.lemma());
        }
    }
}

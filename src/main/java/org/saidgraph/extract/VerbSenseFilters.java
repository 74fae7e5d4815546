package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Filters for readings of a noun-phrase or text-pattern statement (rules {@code pattern-verb}, {@code verb-object}
 * and others) whose cue word is not used as a speech verb there: an adjective ("a threatening letter"), a verb with a
 * particle that makes another verb ("called off the deal"), a language spoken, a newspaper written in, a time clause
 * read as the words, a plural noun "states", a person called by name, a deed someone went on to, a manner of
 * speaking. Each was found among the false statements of these rules on all 840 PolNeAR train articles (session 19)
 * and measured there: the counts are on each class. The verbs are data ({@code not-speech-senses.tsv}).
 */
final class VerbSenseFilters {

    private VerbSenseFilters() {
    }

    /** The cue's token when it starts at the cue's offset, else -1. */
    static int cueToken(Draft draft, Found f) {
        if (f.cue < 0) {
            return -1;
        }
        int i = draft.analysis.tokenAt(f.cue);
        return i >= 0 && draft.analysis.token(i).start() == f.cue ? i : -1;
    }


    /** The statement's first token, or -1. */
    static int first(Draft draft, Found f) {
        return draft.analysis.tokenAt(f.start);
    }

    /** A reported statement read after its cue, with no quotation mark in it. */
    static boolean plainAfterCue(Draft draft, Found f) {
        return NotSpeechFilters.reportedCueBefore(draft, f) >= 0 && !NotSpeechFilters.quoted(draft.text, f);
    }

    /**
     * Rule {@code adjective-cue}: the text pattern read a speech word the tagger calls an adjective, used before a
     * noun or after a determiner or "more"/"most" — "a threatening letter", "his most promising path", "more
     * appealing to the senator", "their post-convention tour". The parse gave no speech verb there, and the pattern
     * takes what follows the adjective for what was said. The predicative "is challenging the incumbent" is left
     * alone: PolNeAR annotates running against someone now and then. All train: 8 statements dropped, 7 of them false
     * (all 14 adjectives: 12 false, but one of the 2 others an in-scope attribution, "will be challenging …").
     */
    static final class AdjectiveCue implements NotSpeechFilters.Filter {

        private static final Set<String> ATTRIBUTIVE_BEFORE = Set.of("DT", "PRP$", "RBR", "RBS", "POS");

        @Override
        public String name() {
            return "adjective-cue";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int cue = cueToken(draft, f);
            Analysis a = draft.analysis;
            if (!"pattern-verb".equals(f.rule) || cue < 0 || !"JJ".equals(a.token(cue).tag())) {
                return false;
            }
            boolean nounAfter = cue + 1 < a.tokens().size() && a.token(cue + 1).tag() != null
                    && a.token(cue + 1).tag().matches("NNS?");
            return nounAfter || cue > 0 && ATTRIBUTIVE_BEFORE.contains(a.token(cue - 1).tag());
        }
    }

    /**
     * Rule {@code speak-object}: "speak" or "talk" with a noun-phrase object names the language or the hearer, not the
     * words: "speaks barely a word of English", "spoke with the editor and reporter X", "talked politics on Monday".
     * What was said follows "of" or "about" (read as a topic), also after a word or two ("talked much about …"). All
     * train: 7 {@code verb-object} statements dropped, none finding an attribution.
     */
    static final class SpeakObject implements NotSpeechFilters.Filter {

        static final Set<String> VERBS = Gazetteer.words("/extract/not-speech-senses.tsv", "speak-object");
        private static final Set<String> TOPIC = Set.of("of", "about");

        @Override
        public String name() {
            return "speak-object";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int cue = cueToken(draft, f);
            int i = first(draft, f);
            if (!VerbCueSieve.OBJECT_RULES.contains(f.rule) || cue < 0 || i < 0 || !VERBS.contains(draft.analysis.token(cue).lowerLemma())) {
                return false;
            }
            Analysis a = draft.analysis;
            // "spoke [briefly of his friendship]", "talked much about [his tenure]" (a start the steps moved past the
            // preposition): a topic after the verb, within a word or two of the statement's start.
            for (int k = cue + 1; k < Math.min(a.tokens().size(), i + 3) && a.token(k).start() < f.end; k++) {
                if (TOPIC.contains(a.token(k).word().toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Rule {@code as-clause}: a text-pattern statement that is a clause opened by "as" with its own finite verb is
     * when the words were said, not the words: "…,” the senator said [as he opened the session]", "she asks [as a
     * janitor walks past]", "he answered [as if he had been slighted]". A quotation inside is left alone. All train: 4
     * statements, none an attribution.
     */
    static final class AsClause implements NotSpeechFilters.Filter {

        @Override
        public String name() {
            return "as-clause";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int i = first(draft, f);
            if (!"pattern-verb".equals(f.rule) || f.verbatim || i < 0 || !plainAfterCue(draft, f)
                    || !draft.analysis.token(i).word().equalsIgnoreCase("as")) {
                return false;
            }
            Analysis a = draft.analysis;
            for (int k = i + 1; k < Math.min(a.tokens().size(), i + 7) && a.token(k).start() < f.end; k++) {
                String tag = a.token(k).tag() == null ? "" : a.token(k).tag();
                if (a.token(k).word().equals(",")) {
                    return false;
                }
                if (tag.matches("VB[DZP]|MD")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Rule {@code medium-phrase}: "writing [in the Kellby Courier]", "writing [for the majority]", "reporting [for
     * the Gazette from the capital]": with "write" or "report", a statement that is only a phrase with "in", "on" or
     * "for" and no verb names where or for whom it was written; the words, if any, come after. All train: 4
     * statements, none an attribution.
     */
    static final class MediumPhrase implements NotSpeechFilters.Filter {

        static final Set<String> VERBS = Gazetteer.words("/extract/not-speech-senses.tsv", "medium-verb");
        private static final Set<String> PREPOSITIONS = Set.of("in", "on", "for");

        @Override
        public String name() {
            return "medium-phrase";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int cue = NotSpeechFilters.reportedCueBefore(draft, f);
            int i = first(draft, f);
            Analysis a = draft.analysis;
            if (cue < 0 || i < 0 || !plainAfterCue(draft, f) || !VERBS.contains(a.token(cue).lowerLemma())
                    || !PREPOSITIONS.contains(a.token(i).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (int k = i; k < a.tokens().size() && a.token(k).start() < f.end; k++) {
                if (a.token(k).tag() != null && a.token(k).tag().startsWith("VB")) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Rule {@code cue-particle}: a particle that makes "call" or "write" another verb — "called off the merger",
     * "has written off the delegates' efforts", "called into the radio show" (phoned in), "called to mind the
     * promise" — so what follows is no speech. All train: 7 statements, none an attribution.
     */
    static final class CueParticle implements NotSpeechFilters.Filter {

        static final Set<String> VERBS = Gazetteer.words("/extract/not-speech-senses.tsv", "particle-verb");
        private static final Set<String> BETWEEN = Set.of("off", "to mind");
        private static final Set<String> OPENING = Set.of("off", "into");

        @Override
        public String name() {
            return "cue-particle";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int cue = NotSpeechFilters.reportedCueBefore(draft, f);
            int i = first(draft, f);
            Analysis a = draft.analysis;
            if (cue < 0 || i < 0 || f.cueEnd < 0 || f.cueEnd > f.start || !VERBS.contains(a.token(cue).lowerLemma())) {
                return false;
            }
            String between = draft.text.substring(f.cueEnd, f.start).strip().replaceAll("\\s+", " ")
                    .toLowerCase(Locale.ROOT);
            return BETWEEN.contains(between)
                    || between.isEmpty() && OPENING.contains(a.token(i).word().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Rule {@code states-noun}: "states" after a word that modifies it is the plural noun the tagger read as a verb:
     * "the Rust Belt states", "the battleground states", "the coastal states swing toward …". Not after a person's
     * name or a pronoun ("It states that …"), nor after a common noun when "that", a colon or a quotation follows
     * ("The report states that …", where the noun is the subject). All train: 10 statements, 9 of them false.
     */
    static final class StatesNoun implements NotSpeechFilters.Filter {

        private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "NN", "NNS", "NNP", "NNPS", "CD");
        private static final Set<String> WORDS_AFTER_SUBJECT = Set.of("that", ":", "“", "\"", "``");

        @Override
        public String name() {
            return "states-noun";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int cue = cueToken(draft, f);
            Analysis a = draft.analysis;
            // A quotation right before "the document states" makes the noun its subject ({@link DocumentAfterQuote}).
            if (DocumentAfterQuote.RULE.equals(f.rule)) {
                return false;
            }
            if (cue < 1 || !a.token(cue).word().equals("states") || !MODIFIER_TAGS.contains(a.token(cue - 1).tag())) {
                return false;
            }
            boolean commonNoun = a.token(cue - 1).tag().startsWith("NN") && !a.token(cue - 1).tag().startsWith("NNP");
            if (commonNoun && cue + 1 < a.tokens().size()
                    && WORDS_AFTER_SUBJECT.contains(a.token(cue + 1).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            int before = a.token(cue - 1).start();
            return a.names().stream().noneMatch(n -> "PERSON".equals(n.type()) && n.start() <= before
                    && before < n.end());
        }
    }

    /**
     * Rule {@code call-name}: "call" whose statement is only a name — "Mr. Obama called [Jane Roe]" (phoned her), "a
     * consulting firm called [Harbour Analytics]", "a group that calls itself [Harbour First]" (is named) — says
     * nothing: what someone was called by a speaker is a description or a quotation after the object ("called her a
     * liar", "calls it ''Harbour First''"), which is not judged here. All train: 7 statements, none an attribution.
     */
    static final class CallName implements NotSpeechFilters.Filter {

        private static final int MAX_WORDS = 5;
        private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "CD");

        @Override
        public String name() {
            return "call-name";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int cue = NotSpeechFilters.reportedCueBefore(draft, f);
            int i = first(draft, f);
            Analysis a = draft.analysis;
            if (cue < 0 || i < 0 || !"call".equals(a.token(cue).lowerLemma()) || quotation(draft.text, f)) {
                return false;
            }
            int words = 0;
            for (int k = i; k < a.tokens().size() && a.token(k).start() < f.end; k++) {
                if (!NAME_TAGS.contains(a.token(k).tag()) || ++words > MAX_WORDS) {
                    return false;
                }
            }
            return words > 0;
        }

        /** Any quotation mark, double or single (''Harbour First''), in the statement or right around it. */
        private static boolean quotation(String text, Found f) {
            for (int i = Math.max(0, f.start - 2); i < Math.min(f.end + 2, text.length()); i++) {
                if (Quotes.isMark(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Rule {@code went-on-deed}: "went on to win the state", "went on to lead the party": after "went on" the text
     * pattern reads what someone did next; only an infinitive of a speech verb ("went on to say", "to criticize")
     * reports words. All train: 4 statements ("to win", "to promote", "to endorse"), none an attribution; the speech
     * verbs after "went on to" found 12.
     */
    static final class WentOnDeed implements NotSpeechFilters.Filter {

        @Override
        public String name() {
            return "went-on-deed";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int cue = NotSpeechFilters.reportedCueBefore(draft, f);
            int i = first(draft, f);
            Analysis a = draft.analysis;
            if (!"pattern-verb".equals(f.rule) || cue < 0 || i < 0 || i + 1 >= a.tokens().size()
                    || !"go".equals(a.token(cue).lowerLemma()) || !a.token(i).word().equalsIgnoreCase("to")) {
                return false;
            }
            Analysis.Token verb = a.token(i + 1);
            return gap(draft, cue, f).equals("on") && "VB".equals(verb.tag())
                    && draft.lexicon.verb(a.token(i + 1).lowerLemma()) == null;
        }
    }

    /**
     * Rule {@code went-on-place}: "went on local radio", "went on the attack", "went on a tirade about …":
     * the text pattern reads whatever follows the cue "went on", but only "went on to" and a verb (read by
     * {@link WentOnDeed} and the speech verb's own reading) or the words after a colon or a quotation go on with what
     * was said; a noun phrase right after "went on" is where the subject appeared or what it took up.
     */
    static final class WentOnPlace implements NotSpeechFilters.Filter {

        @Override
        public String name() {
            return "went-on-place";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            return "on".equals(gapAfter(draft, f, "go"))
                    && !draft.analysis.token(first(draft, f)).word().equalsIgnoreCase("to");
        }
    }

    /**
     * Rule {@code said-of-topic}: "“…,” Jane Roe said of the port plan": after "said of" stands what the speaker's
     * words were about, not the words, which the quotation around the verb holds.
     */
    static final class SaidOfTopic implements NotSpeechFilters.Filter {

        @Override
        public String name() {
            return "said-of-topic";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            String gap = gapAfter(draft, f, "say");
            return "of".equals(gap)
                    || "".equals(gap) && draft.analysis.token(first(draft, f)).word().equalsIgnoreCase("of");
        }
    }

    /**
     * The words between the cue of a plain {@code pattern-verb} statement ({@link #plainAfterCue}) whose lemma is
     * {@code lemma} and the statement, lower case and trimmed; null for any other statement.
     */
    private static String gapAfter(Draft draft, Found f, String lemma) {
        int cue = NotSpeechFilters.reportedCueBefore(draft, f);
        if (!"pattern-verb".equals(f.rule) || first(draft, f) < 0 || !plainAfterCue(draft, f)
                || !lemma.equals(draft.analysis.token(cue).lowerLemma())) {
            return null;
        }
        return gap(draft, cue, f);
    }

    /** The words between token {@code cue} and the statement, lower case and trimmed. */
    private static String gap(Draft draft, int cue, Found f) {
        return draft.text.substring(draft.analysis.token(cue).end(), f.start).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Rule {@code manner-only}: a text-pattern statement that opens with an adverb of manner and holds no verb, no
     * quotation and no topic — "attacked [viciously during the campaign]", "testified [voluntarily in 1998]", "said
     * [pleasantly into the phone]" — is how someone spoke, not what. "[openly on local radio about her plans]" (a
     * topic), "[hopefully that …]" (a clause) stay. All train: 4 statements, none an attribution.
     */
    static final class MannerOnly implements NotSpeechFilters.Filter {

        private static final Set<String> TOPIC_OR_CLAUSE = Set.of("about", "of", "that", "on");

        @Override
        public String name() {
            return "manner-only";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int i = first(draft, f);
            Analysis a = draft.analysis;
            if (!"pattern-verb".equals(f.rule) || f.verbatim || i < 0 || !plainAfterCue(draft, f)
                    || !"RB".equals(a.token(i).tag()) || !a.token(i).word().toLowerCase(Locale.ROOT).endsWith("ly")) {
                return false;
            }
            return !PatternVerbShapes.holdsAny(draft, f, i + 1, TOPIC_OR_CLAUSE);
        }
    }
}

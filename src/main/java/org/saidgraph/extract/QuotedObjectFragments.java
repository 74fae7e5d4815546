package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Step {@code quote-fragment-object}: a quotation whose speaker was only guessed from its sentence (a speech verb
 * elsewhere in it, or its subject) that is a fragment in the object or complement of a verb of the same speaker
 * outside the lexicon ("Jane Roe called the levy a gift and ranked it among the “worst deals in a generation.”",
 * "…, likening the vote to a ferry “with no one at the wheel.”") is one statement with that verb's complement, the
 * verb its cue. PolNeAR annotates the complement as the content; the quoted words alone are too short to match it.
 *
 * <p>Read from the parse: from the quotation's head, up at most {@value #HEADS_UP} heads to the first verb outside
 * the quotation. A verb with an active subject of its own must name the guessed speaker; a verb without one (a
 * participle, a conjunct, an infinitive) continues the sentence's speaker. The complement is taken as in
 * {@link QuotedDepictionClauses}; not widened: a clause with fewer than two words outside the quotation, a title, or
 * one overlapping a reported statement already found.
 */
final class QuotedObjectFragments {

    static final String RULE = "quote-fragment-object";

    /** The guesses from the quotation's sentence this step widens. */
    private static final Set<String> GUESSED = Set.of("quote-sentence-verb", "quote-sentence-subject");

    /** Nouns of cries and chants ({@code extract/work-titles.tsv}, kind voice). */
    private static final Set<String> VOICES = Gazetteer.words("/extract/work-titles.tsv", "voice");

    private static final NotSpeechFilters.ScareQuote SCARE_QUOTE = new NotSpeechFilters.ScareQuote();

    /** How many heads up from the quotation's head the verb may be. */
    private static final int HEADS_UP = 3;

    private QuotedObjectFragments() {
    }

    /** The statement of the verb's complement of which {@code q} is a fragment, or null when it is no such fragment. */
    static Found widen(Draft d, Quote q, Found quoted) {
        Analysis a = d.analysis;
        int first = a.tokenAt(q.start());
        if (first < 0 || !a.parsed(first) || quoted.rule == null || !GUESSED.contains(quoted.rule)
                || quoted.speaker == null || TitleQuotes.titleCase(q.text(d.text))) {
            return null;
        }
        // A short noun phrase the reporter quotes in narration ("the council's “harbour tax”") is dropped by the
        // filter scare-quote when left alone; widened, it would escape that filter as narration said by someone.
        if (SCARE_QUOTE.drops(d, quoted) || afterVoice(d.text, q.open())) {
            return null;
        }
        int h = first;
        for (int guard = 0; guard < 100; guard++) {
            int up = a.head(h);
            if (up < 0 || up == Analysis.ROOT || !inside(a, up, q)) {
                break;
            }
            h = up;
        }
        int v = a.head(h);
        for (int up = 1; up < HEADS_UP && v >= 0 && v != Analysis.ROOT && !a.token(v).tag().startsWith("VB"); up++) {
            v = a.head(v);
        }
        if (v < 0 || v == Analysis.ROOT || inside(a, v, q) || !a.token(v).tag().startsWith("VB")) {
            return null;
        }
        Analysis.Token verb = a.token(v);
        for (Found o : d.statements) {
            if (o.cue == verb.start()) {
                return null;
            }
        }
        int subject = -1;
        for (int c : a.children(v)) {
            String rel = a.relation(c);
            if (rel != null && rel.startsWith("nsubj")) {
                subject = c;
                break;
            }
        }
        if (subject >= 0) {
            Sources.Source source = "nsubj".equals(a.relation(subject)) ? d.sources.of(subject, v) : null;
            if (source == null || !quoted.speaker.equals(source.speaker())) {
                return null;
            }
        }
        int[] range = QuotedDepictionClauses.trimmedComplement(a, v);
        if (range == null) {
            return null;
        }
        int lo = range[0];
        int hi = range[1];
        int start = Math.min(a.token(lo).start(), q.open());
        int end = Math.max(a.token(hi).end(), q.after());
        int lastWord = q.end();
        while (lastWord > q.start() && !Character.isLetterOrDigit(d.text.charAt(lastWord - 1))) {
            lastWord--;
        }
        if (a.token(lo).start() > q.open() || a.token(hi).end() < lastWord || words(d.text, start, q.open())
                + words(d.text, q.after(), end) < 2) {
            return null;
        }
        for (Found o : d.statements) {
            if (!o.quoteOnly && o.start < end && start < o.end) {
                return null;
            }
        }
        Found f = Found.of(start, end, false, quoted.speaker, d.clauses.actOf(verb.word()), RULE, quoted.confidence);
        f.sourceStart = quoted.sourceStart;
        f.sourceEnd = quoted.sourceEnd;
        f.reportedBy.addAll(quoted.reportedBy);
        return f.cue(verb.start(), verb.end());
    }

    /**
     * Whether the quotation follows a noun of cries and "of" ("roused the hall to chants of “…”"): the words are the
     * chanters', not the words of whoever roused them.
     */
    private static boolean afterVoice(String text, int open) {
        String[] before = text.substring(Math.max(0, open - 40), open).strip().toLowerCase(Locale.ROOT).split("\\s+");
        return before.length >= 2 && before[before.length - 1].equals("of")
                && VOICES.contains(before[before.length - 2]);
    }

    private static int words(String text, int from, int to) {
        int n = 0;
        for (String w : text.substring(from, Math.max(from, to)).strip().split("\\s+")) {
            n += punctuation(w) ? 0 : 1;
        }
        return n;
    }

    private static boolean inside(Analysis a, int t, Quote q) {
        Analysis.Token token = a.token(t);
        return token.start() >= q.open() && token.end() <= q.after();
    }

    private static boolean punctuation(String word) {
        return !word.isEmpty() && word.chars().noneMatch(Character::isLetterOrDigit);
    }
}

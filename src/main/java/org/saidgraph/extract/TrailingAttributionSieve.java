package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "…, top union leaders said Friday afternoon, as …" and "…, the agency said.": a finite speech verb right after
 * a comma and a short noun phrase, followed only by words of time and then a comma or the sentence's end, attributes
 * the words before that comma to the phrase (rule {@code verb-trailing}). The parser sometimes hangs such a verb on
 * the clause as a modifier ("acl") or takes the phrase for an apposition, and {@link VerbCueSieve} then reads nothing;
 * on all of PolNeAR train, 373 of the 389 verbs in this shape are annotated cues. It fills only cues no earlier sieve
 * read.
 */
final class TrailingAttributionSieve implements StatementSieve {

    static final String RULE = "verb-trailing";

    /** Words of time between the verb and the comma or the end: "said Friday afternoon", "announced on Tuesday". */
    private static final Set<String> TIME = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "night", "morning", "afternoon", "evening", "week", "month",
            "year", "last", "this", "on", "earlier", "later", "recently");

    @Override
    public List<Found> find(Draft draft) {
        List<Found> out = new ArrayList<>();
        Analysis a = draft.analysis;
        for (int i = 0; i < a.tokens().size(); i++) {
            Analysis.Token t = a.token(i);
            SpeechLexicon.Verb verb = t.tag().matches("VB[DZP]") ? draft.lexicon.verb(t.lemma()) : null;
            if (verb == null || !a.parsed(i) || draft.resolver.insideQuote(t.start())) {
                continue;
            }
            Analysis.Sentence s = a.sentences().get(a.sentenceOf(i));
            int after = time(a, s, i + 1);
            if (verb.hearer()) {
                after = time(a, s, phrase(a, s, after)); // "told reporters Friday", "told The Gazette"
            }
            if (after < s.end() && a.token(after).word().equalsIgnoreCase("in")) {
                after = time(a, s, phrase(a, s, after + 1)); // "said in a statement", "said in an interview Friday"
            }
            if (after < s.end() && !a.token(after).word().matches("[.,]")) {
                continue;
            }
            int comma = i - 1;
            while (comma > s.first() && (a.token(comma).tag().matches("NN.*|JJ.*|DT|PRP|CD|POS")
                    || a.token(comma).word().equals("of") && comma < i - 1
                    || SpeakerRelatingPhrase.links(a, comma, i))) {
                comma--; // "the chamber of commerce", "an aide close to her"
            }
            int head = head(a, comma + 1, i - 1);
            if (comma == i - 1 || !a.token(comma).word().equals(",") || !a.token(head).tag().matches("NN.*|PRP")) {
                continue;
            }
            if (zeroRelative(a, comma + 1, head)) {
                continue; // "…, a charge she denied": the words are the charge's, which "she" denied (guard below)
            }
            int[] content = trimmed(a, Dateline.after(a, s), comma - 1);
            if (content == null || content[1] - content[0] + 1 < 4
                    || draft.resolver.insideQuote(a.token(content[0]).start())
                    && draft.resolver.insideQuote(a.token(content[1]).start())) {
                continue; // a quotation: the quotation sieves attribute it
            }
            Found f = statement(draft, content, head, i, verb, RULE);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The statement of the words {@code content} (first and last token) by the phrase headed by {@code speaker}, at
     * the speech verb {@code cue}; null when the phrase names no speaker. Confidence at most 0.6: the shape, not the
     * parse, tied the words to the verb.
     */
    static Found statement(Draft draft, int[] content, int speaker, int cue, SpeechLexicon.Verb verb, String rule) {
        Sources.Source source = draft.sources.of(speaker, cue);
        if (source == null || source.speaker() == null) {
            return null;
        }
        Analysis a = draft.analysis;
        Found f = Found.of(a.token(content[0]).start(), a.token(content[1]).end(), false, source.speaker(),
                verb.act(), rule, Math.min(0.6, source.confidence())).cue(a.token(cue).start(), a.token(cue).end());
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        return f;
    }

    /**
     * Guard zero-relative-trailer: a noun before a pronoun head ("…, a charge she denied", "…, a view they share") is
     * a relative clause with no pronoun on that noun: the pronoun is the subject of its verb, and the words before the
     * comma are what the noun names, not the pronoun's saying; the phrase is no speaker of a trailing attribution.
     * Found extracting an article of our own: "Hale said Kovac had misled the assembly, a charge she denied" gave
     * Hale's own sentence, and Hale, as a denial.
     */
    private static boolean zeroRelative(Analysis a, int first, int head) {
        if (!a.token(head).tag().equals("PRP")) {
            return false;
        }
        for (int k = first; k < head; k++) {
            if (a.token(k).tag().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /** The phrase's head: its last word whose parse head lies outside it ("the chamber of commerce": chamber). */
    private static int head(Analysis a, int first, int last) {
        for (int k = last; k >= first; k--) {
            int h = a.head(k);
            if ((h < first || h > last) && a.token(k).tag().matches("NN.*|PRP")) {
                return k;
            }
        }
        return last;
    }

    private static int time(Analysis a, Analysis.Sentence s, int from) {
        while (from < s.end() && TIME.contains(a.token(from).word().toLowerCase(Locale.ROOT))) {
            from++;
        }
        return from;
    }

    /** The end of a short noun phrase from {@code from} (at most five words), or {@code from} when there is none. */
    private static int phrase(Analysis a, Analysis.Sentence s, int from) {
        int to = from;
        while (to < s.end() && to - from < 5 && a.token(to).tag().matches("NN.*|JJ.*|DT|PRP\\$?|CD|POS")) {
            to++;
        }
        return to;
    }

    /** The tokens from {@code first} to {@code last} without punctuation at either edge, or null when none is left. */
    static int[] trimmed(Analysis a, int first, int last) {
        while (first <= last && a.token(first).word().matches("[.,;:!?]+|--|—|–|-|―")) {
            first++;
        }
        while (last >= first && a.token(last).word().matches("[.,;:!?]+|--|—|–|-|―")) {
            last--;
        }
        return first <= last ? new int[]{first, last} : null;
    }
}

package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named filters for quotations that only a guess attributed (the last speaker, a verb or the subject of the sentence,
 * the quotation before, the subject of the clause that holds it), read once every statement is made and cut. Each
 * drop is recorded with the filter's name, so that {@code evaluate --verbose} counts what it removed against the gold.
 *
 * <ul>
 *   <li>{@value #TITLE_SUBJECT}: a quotation of two to six words in title case ({@link TitleQuotes#titleCase}) that
 *   {@code quote-sentence-subject} gave to its sentence's subject — a show, a slogan on a hat, the name of a
 *   committee, a headline's quoted phrase ("named “Criminal Minds” as his favorite show", "wore ‘Build the Pier
 *   Again’ hats"). {@link TitleQuotes} drops the same shape from the other guesses before the cuts; the subject
 *   rule was left out there. All 840 PolNeAR train: 8 dropped, 1 of them finding gold (found anyway by another
 *   statement: nothing lost).</li>
 *   <li>{@value #DATED}: a quotation right followed by a year in brackets, "“Keep the harbor free” (2009)" — a dated
 *   exhibit (a poster's slogan, a work's title) that the reporter lists, not words someone is reported to say. All
 *   840 train: 4 dropped, none an attribution.</li>
 *   <li>{@value #MID_PHRASE}: a guessed quotation whose opening mark follows, in lower case, a subordinator or a
 *   list coordinator ({@code fragment-openers.tsv}: "when", "because", "if", "while", "and", "or") once the clause
 *   steps have set its start — "only when “…”", "because “…”", "towns such as Alton and “…”": the quoted words
 *   finish the reporter's own clause or list, no statement of anyone's. All 840 train: 9 dropped, none finding
 *   gold. Measured and left out: "to", "that", "a", "the", "his", "her" (33 false dropped, but 23 attributions
 *   lost: PolNeAR annotates "vowed to “…”", "her remark that “…”" and the fragment finds it) and "but" (after
 *   "X said, but “…”" the words are the speaker's).</li>
 * </ul>
 */
final class GuessedQuoteFilters {

    static final String TITLE_SUBJECT = "title-subject-guess";
    static final String DATED = "dated-quotation";
    static final String MID_PHRASE = "quote-after-conjunction";

    private static final Set<String> GUESSES = Set.of("quote-last-speaker", "quote-sentence-verb",
            "quote-sentence-subject", "quote-carry-over", QuoteClauseSubject.RULE);
    /** Nouns of voices and cries ({@code work-titles.tsv}): "chants of “…”" are the chanters' words, no title. */
    private static final Set<String> VOICES = Gazetteer.words("/extract/work-titles.tsv", "voice");
    private static final Pattern VOICE_OF = Pattern.compile("([\\p{L}]+)\\s+of\\s*[\"“‘']*$");
    /** The closing marks, then a year in brackets: "” (2005)". */
    private static final Pattern YEAR_AFTER = Pattern.compile("^[\"'’”]*[\\s\\h]*\\((?:1[89]|20)\\d\\d\\)");

    private static final Set<String> OPENERS = Gazetteer.words("/extract/fragment-openers.tsv", "opener");
    /** A lower-case word, then spaces and the opening marks, at the end of the text before the quotation. */
    private static final Pattern WORD_BEFORE_MARK = Pattern.compile("(?<![\\p{L}\\p{N}'’])(\\p{Ll}+)[\\s\\h]+[\"“‘']+$");

    private GuessedQuoteFilters() {
    }

    /** Drops from {@code statements} what a filter rejects; returns what was dropped, by which filter, in order. */
    static List<DroppedStatement> apply(Draft draft, List<Found> statements) {
        Map<Found, String> gone = new IdentityHashMap<>();
        for (Found f : statements) {
            String by = judge(draft.text, f);
            if (by != null) {
                gone.put(f, by);
            }
        }
        List<DroppedStatement> out = new ArrayList<>();
        for (Found f : statements) {
            String by = gone.get(f);
            if (by != null) {
                out.add(DroppedStatement.of(draft, f, by));
            }
        }
        Relations.drop(statements, new ArrayList<>(gone.keySet()));
        return out;
    }

    /**
     * Drops the guessed quotations that still open mid-phrase ({@value #MID_PHRASE}) once the steps that carry a
     * statement's start back over "that", "to" or "a" (the clause and narration steps) have run: a quotation they
     * widened is the gold's whole clause, one they left is only its end.
     */
    static List<DroppedStatement> applyMidPhrase(Draft draft, List<Found> statements) {
        return DroppedStatement.dropAll(draft, statements, MID_PHRASE, f -> f.verbatim && f.rule != null
                && GUESSES.contains(f.rule) && opensMidPhrase(draft.text, f.start));
    }

    /** Whether the quotation follows a noun of voices and "of": "to chants of “Save The Pier”". */
    private static boolean afterVoice(String text, int start) {
        java.util.regex.Matcher m = VOICE_OF.matcher(text.substring(Math.max(0, start - 40), start));
        return m.find() && VOICES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the opening mark before {@code start} follows a subordinator or list coordinator. */
    static boolean opensMidPhrase(String text, int start) {
        // A span may begin at its opening mark or just after it: read up to and with the mark either way.
        int end = start < text.length() && "\"“‘'".indexOf(text.charAt(start)) >= 0 ? start + 1 : start;
        java.util.regex.Matcher m = WORD_BEFORE_MARK.matcher(text.substring(Math.max(0, end - 30), end));
        return m.find() && OPENERS.contains(m.group(1));
    }

    /** The name of the filter that drops {@code f}, or null. */
    static String judge(String text, Found f) {
        if (!f.verbatim || f.rule == null || !GUESSES.contains(f.rule)) {
            return null;
        }
        if (YEAR_AFTER.matcher(text.substring(f.end, Math.min(text.length(), f.end + 12))).find()) {
            return DATED;
        }
        if (f.rule.equals("quote-sentence-subject") && f.parts.size() <= 1
                && TitleQuotes.titleCase(text.substring(f.start, f.end)) && !afterVoice(text, f.start)) {
            return TITLE_SUBJECT;
        }
        return null;
    }
}

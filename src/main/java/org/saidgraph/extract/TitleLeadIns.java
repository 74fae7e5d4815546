package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code title-lead-in}: a title-shaped quotation ({@link WorkTitles#titleShaped}) right after a word that cannot
 * introduce quoted speech — a preposition, an article or possessive, a verb of performing ("appeared on “Fox &
 * Friends”", "a founder of “Sailors for Halden”", "the “Gang of Eight,”", "stars in “Title”"), or a
 * possessive name ("CNBC's “Title”") — is a title or a name the reporter writes, not words of whoever spoke last.
 * Speech after such a word needs a colon or a comma first ("He went on: “…”"), which this rule does not pass over.
 * The words are data ({@code before} rows of {@code src/main/resources/extract/work-titles.tsv}).
 */
final class TitleLeadIns implements NotSpeechFilters.QuotationFilter {

    private static final Set<String> BEFORE = Gazetteer.words("/extract/work-titles.tsv", "before");
    private static final Set<String> DETERMINERS = Gazetteer.words("/extract/work-titles.tsv", "determiner");
    /** Nouns of voices and cries: "chants of “…”" are the chanters' words. */
    private static final Set<String> VOICES = Gazetteer.words("/extract/work-titles.tsv", "voice");
    /** Words whose "'s" is "is" or "has": "it's “…”" may be a quoted predicate. */
    private static final Set<String> IS = Set.of("it", "that", "he", "she", "there", "here", "what", "who", "this",
            "where", "let", "everyone", "everybody", "nobody", "one");
    /** The last word before the mark, and the one before it. */
    private static final Pattern LAST_WORDS = Pattern.compile("(?:([\\p{L}\\p{N}'’.&-]+)\\s+)?"
            + "([\\p{L}\\p{N}'’.&-]+)$");

    @Override
    public String name() {
        return "title-lead-in";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (!WorkTitles.judged(draft, f, 1)) {
            return false;
        }
        String before = WorkTitles.before(draft, f);
        Matcher m = LAST_WORDS.matcher(before);
        if (!m.find()) {
            return false;
        }
        String word = m.group(2).toLowerCase(Locale.ROOT);
        String previous = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        if (DETERMINERS.contains(word)) {
            return WorkTitles.judged(draft, f, 0); // "his “Bernie flag”" is a quoted phrase, not a name
        }
        if (word.equals("of") && (VOICES.contains(previous) || draft.lexicon.speechNoun(previous) != null)) {
            return false; // "chants of “Four more years!”"
        }
        return BEFORE.contains(word) || possessive(word);
    }

    /** "CNBC's", "the network’s"; not "it's" or "that's", which say "is". */
    private static boolean possessive(String word) {
        if (!(word.endsWith("'s") || word.endsWith("’s")) || word.length() < 3) {
            return false;
        }
        return !IS.contains(word.substring(0, word.length() - 2));
    }
}

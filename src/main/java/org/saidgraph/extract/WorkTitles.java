package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule {@code work-title}: a quotation right after a noun of a work — "the podcast “So, That Happened.”", "his new
 * book, “Title,”", "a play called “Title”" — is that work's title, not words anyone said, whichever sieve attributed
 * it. The nouns are data ({@code work} and {@code naming} rows of {@code src/main/resources/extract/work-titles.tsv});
 * pieces whose title PolNeAR annotates as what their author said (editorial, column, memo, ad, headline) are not
 * among them. Only a title-shaped quotation ({@link #titleShaped}) is judged, so that "he wrote in his book, “I
 * never lose.”" stays his. A headline is never judged: every word of it opens with a capital.
 */
final class WorkTitles implements NotSpeechFilters.QuotationFilter {

    private static final String FILE = "/extract/work-titles.tsv";
    /** Words a title leaves in lower case: {@link TitleQuotes}'s list. */
    private static final Set<String> SMALL = TitleQuotes.SMALL;
    /** The longest title judged, in words ("Low Tide: Mara Halden's Long, Lonely Fight for the Heart of …"). */
    static final int LONGEST = 14;
    /** The noun of a work, then a comma or a naming participle, at the end of the words before the mark. */
    private static final Pattern WORK = Pattern.compile("(?i)\\b(?:" + alternatives("work") + ")\\s*(?:,\\s*)?"
            + "(?:(?:" + alternatives("naming") + ")\\s*,?\\s*)?$");

    @Override
    public String name() {
        return "work-title";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (!judged(draft, f, 1)) {
            return false;
        }
        return WORK.matcher(before(draft, f)).find();
    }

    /**
     * A verbatim quotation outside the headline, not the writing on a thing someone holds, each of whose parts is
     * title-shaped with at most {@code lower} words in lower case ("starred in “A” and “B”" is one statement of
     * two parts).
     */
    static boolean judged(Draft draft, Found f, int lower) {
        if (!f.verbatim || "displayed-words".equals(f.rule) || draft.layout.inHeadline(f.start)) {
            return false;
        }
        if (f.parts.isEmpty()) {
            return titleShaped(draft.text.substring(f.start, f.end), lower);
        }
        return f.parts.stream().allMatch(p -> titleShaped(draft.text.substring(p[0], p[1]), lower));
    }

    /**
     * The words of the quotation's sentence before its opening mark (the mark and the spaces before it left out), or
     * "" when the quotation opens its sentence.
     */
    static String before(Draft draft, Found f) {
        int mark = f.start - 1;
        while (mark >= 0 && Character.isWhitespace(draft.text.charAt(mark))) {
            mark--;
        }
        // NYT writes a double mark as two apostrophes ('').
        while (mark >= 0 && Quotes.isMark(draft.text.charAt(mark))) {
            mark--;
        }
        TextLayout.Range sentence = draft.layout.sentenceAt(f.start);
        int from = Math.min(sentence.start(), mark + 1);
        return draft.text.substring(Math.max(0, from), mark + 1).stripTrailing();
    }

    /**
     * Two to {@value #LONGEST} words that read as a title: the first opens with a capital or a digit, and of the
     * other words not in the small-word list at most {@code lower} are in lower case ("Orange is the New Black" has
     * one). A sentence someone said rarely capitalizes its words so.
     */
    static boolean titleShaped(String words, int lower) {
        String[] w = words.strip().split("\\s+");
        if (w.length < 2 || w.length > LONGEST) {
            return false;
        }
        int lowered = 0;
        for (int i = 0; i < w.length; i++) {
            String word = w[i].replaceAll("^[\\p{P}\\p{S}]+", "");
            if (word.isEmpty()) {
                continue;
            }
            char c = word.charAt(0);
            boolean capital = Character.isUpperCase(c) || Character.isDigit(c);
            if (i == 0 && !capital) {
                return false;
            }
            String bare = word.replaceAll("[\\p{P}\\p{S}]+$", "").toLowerCase(Locale.ROOT);
            if (!capital && !SMALL.contains(bare) && ++lowered > lower) {
                return false;
            }
        }
        return true;
    }

    static String alternatives(String kind) {
        return Gazetteer.words(FILE, kind).stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
    }
}
